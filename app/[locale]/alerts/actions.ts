'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { getTranslations } from 'next-intl/server'
import type { ManageState } from '@/components/alerts/manage-form'
import type { SubscribeState } from '@/components/alerts/subscribe-form'
import { confirmationMail } from '@/lib/alerts/mail'
import { ALERTS_PATH, CONFIRM_PATH, DONE_PARAM, MANAGE_PATH, TOKEN_PARAM, UNSUBSCRIBE_PATH } from '@/lib/alerts/paths'
import { checkManage, checkSubscribe } from '@/lib/alerts/subscription'
import { isToken, newToken } from '@/lib/alerts/tokens'
import { getDb, isConnectionError } from '@/lib/db/client'
import { confirmSubscription, requestSubscription, unsubscribe, updateSubscription } from '@/lib/db/queries/alerts'
import { clientAddress } from '@/lib/forms/client'
import { isBot } from '@/lib/forms/honeypot'
import { rateLimited } from '@/lib/forms/rate-limit'
import { submissionId } from '@/lib/forms/submission'
import { isLocale, type Locale } from '@/lib/i18n/config'
import { deliverDueMail } from '@/lib/mail/deliver'
import { siteUrl } from '@/lib/site-url'
import { localHref } from '@/lib/views'

// Per address and per e-mail address: a few tries, a typo corrected. The
// confirmation itself goes out at most once an hour (requestSubscription).
const RATE = { limit: 10, windowSeconds: 3600 }

const withQuery = (locale: Locale, path: string, query: Record<string, string>) =>
  `${localHref(locale, path)}?${new URLSearchParams(query)}`

const sendSoon = () =>
  after(() => deliverDueMail(getDb()).catch((error) => console.error(`[mail] ${error instanceof Error ? error.message : String(error)}`)))

const unavailable = (error: unknown) => {
  if (!isConnectionError(error)) throw error
  console.error(`[db] unavailable: ${error instanceof Error ? error.message : String(error)}`)
}

export async function subscribe(locale: string, _state: SubscribeState, data: FormData): Promise<SubscribeState> {
  if (!isLocale(locale)) return { status: 'refused', values: {}, errors: {} }
  const t = await getTranslations({ locale, namespace: 'alerts' })
  const sent = withQuery(locale, ALERTS_PATH, { [DONE_PARAM]: '1' })
  const result = checkSubscribe(data)
  const values = result.ok ? { email: result.input.email, topics: result.input.topics, consent: 'yes' } : result.values
  // A robot is told what a person would be told, and nothing is stored.
  if (isBot(data)) redirect(sent)
  if (!submissionId(data)) return { status: 'refused', values, errors: {}, message: t('errorExpired') }
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([f, key]) => [f, t(key as 'errorEmail')]))
    return { status: 'invalid', values, errors }
  }
  try {
    const { email, topics } = result.input
    if (await rateLimited([`alerts:ip:${clientAddress(await headers())}`, `alerts:email:${email.toLowerCase()}`], RATE, email))
      return { status: 'refused', values, errors: {}, message: t('errorBusy') }
    const { mailed } = await requestSubscription(getDb(), { email, topics, locale, token: newToken() }, (s) => confirmationMail(siteUrl, s))
    if (mailed) sendSoon()
  } catch (error) {
    unavailable(error)
    return { status: 'refused', values, errors: {}, message: t('errorUnavailable') }
  }
  // The same answer whether the address was new, waiting or confirmed.
  redirect(sent)
}

const tokenOf = (data: FormData) => {
  const token = data.get(TOKEN_PARAM)
  return isToken(token) ? token : undefined
}

// The Confirm button: a POST, never a GET (mail scanners follow links).
export async function confirm(locale: string, _state: unknown, data: FormData): Promise<void> {
  if (!isLocale(locale)) return
  const token = tokenOf(data)
  const found = token ? await confirmSubscription(getDb(), token) : undefined
  // An unknown token shows the page's "this link does not work".
  if (!found || !token) redirect(withQuery(locale, CONFIRM_PATH, { [TOKEN_PARAM]: token ?? '' }))
  redirect(withQuery(locale, MANAGE_PATH, { [TOKEN_PARAM]: token, confirmed: '1' }))
}

export async function saveChoices(locale: string, _state: ManageState, data: FormData): Promise<ManageState> {
  if (!isLocale(locale)) return { status: 'refused', values: {}, errors: {} }
  const t = await getTranslations({ locale, namespace: 'alerts' })
  const token = tokenOf(data)
  const result = checkManage(data)
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([f, key]) => [f, t(key as 'errorTopics')]))
    return { status: 'invalid', values: result.values, errors }
  }
  const values = { topics: result.input.topics, locale: result.input.locale }
  let saved: unknown
  try {
    saved = token && (await updateSubscription(getDb(), token, result.input))
  } catch (error) {
    unavailable(error)
    return { status: 'refused', values, errors: {}, message: t('errorUnavailable') }
  }
  if (!saved || !token) return { status: 'refused', values, errors: {}, message: t('invalidText') }
  // The page in the language just chosen, saying so.
  redirect(withQuery(result.input.locale, MANAGE_PATH, { [TOKEN_PARAM]: token, [DONE_PARAM]: '1' }))
}

export async function unsubscribeByButton(locale: string, _state: unknown, data: FormData): Promise<void> {
  if (!isLocale(locale)) return
  const token = tokenOf(data)
  if (token) await unsubscribe(getDb(), token)
  // Done, or nothing to do: either way this address gets nothing more.
  redirect(withQuery(locale, UNSUBSCRIBE_PATH, { [DONE_PARAM]: '1' }))
}
