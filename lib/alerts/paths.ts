// Where the alert and call pages live (without the language). The links in
// mails carry the subscription's token in the query (`?token=`), which the
// server's log withholds (lib/log-redaction.ts); the one-click address of
// List-Unsubscribe (RFC 8058) has it in the path and no language, because
// mail software posts to it as given.
export const ALERTS_PATH = '/alerts'
export const CONFIRM_PATH = '/alerts/confirm'
export const MANAGE_PATH = '/alerts/manage'
export const UNSUBSCRIBE_PATH = '/alerts/unsubscribe'
export const ALERT_FORM_PATHS = [ALERTS_PATH, CONFIRM_PATH, MANAGE_PATH, UNSUBSCRIBE_PATH] as const

export const TOKEN_PARAM = 'token'
// The page after a form: `?done=1` instead of the form, so a reload sends nothing.
export const DONE_PARAM = 'done'

export const oneClickUnsubscribePath = (token: string) => `${UNSUBSCRIBE_PATH}/${token}`
export const takePartPath = (workingGroup: string) => `/working-groups/${workingGroup}/take-part`
