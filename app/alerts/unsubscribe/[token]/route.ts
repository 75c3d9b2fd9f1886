import { isToken } from '@/lib/alerts/tokens'
import { TOKEN_PARAM, UNSUBSCRIBE_PATH } from '@/lib/alerts/paths'
import { getDb } from '@/lib/db/client'
import { subscriptionByToken, unsubscribe } from '@/lib/db/queries/alerts'
import { defaultLocale, isLocale } from '@/lib/i18n/config'
import { localHref } from '@/lib/views'

// The List-Unsubscribe address of every alert mail (RFC 8058). Mail
// software POSTs `List-Unsubscribe=One-Click` to it: the subscription goes
// at once, with no sign-in and no page. A GET (someone opening the address)
// only leads to the page with the button, in the subscriber's language.
type Context = { params: Promise<{ token: string }> }

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

export async function POST(request: Request, { params }: Context) {
  const { token } = await params
  const body = await request.text().catch(() => '')
  if (new URLSearchParams(body).get('List-Unsubscribe') !== 'One-Click') return plain(400, 'Expected List-Unsubscribe=One-Click.')
  // The same answer for a token that names nothing: it unsubscribes nobody either way.
  if (isToken(token)) await unsubscribe(getDb(), token)
  return plain(200, 'Unsubscribed.')
}

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params
  const subscription = isToken(token) ? await subscriptionByToken(getDb(), token) : undefined
  const locale = subscription && isLocale(subscription.locale) ? subscription.locale : defaultLocale
  const location = `${localHref(locale, UNSUBSCRIBE_PATH)}?${new URLSearchParams({ [TOKEN_PARAM]: token })}`
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}
