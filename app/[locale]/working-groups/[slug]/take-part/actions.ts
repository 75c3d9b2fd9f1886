'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { getTranslations } from 'next-intl/server'
import type { TakePartState } from '@/components/take-part-form'
import { callPhase } from '@/lib/alerts/calls'
import { callResponseMails } from '@/lib/alerts/mail'
import { DONE_PARAM, takePartPath } from '@/lib/alerts/paths'
import { checkTakePart } from '@/lib/alerts/take-part'
import { getContent } from '@/lib/content'
import { getDb, isConnectionError } from '@/lib/db/client'
import { submitCallResponse } from '@/lib/db/queries/alerts'
import { clientAddress } from '@/lib/forms/client'
import { isBot } from '@/lib/forms/honeypot'
import { rateLimited } from '@/lib/forms/rate-limit'
import { submissionId } from '@/lib/forms/submission'
import { defaultLocale, isLocale } from '@/lib/i18n/config'
import { deliverDueMail } from '@/lib/mail/deliver'
import { siteUrl } from '@/lib/site-url'
import { localHref } from '@/lib/views'

// Per address and per e-mail: enough for a colleague correcting a typo.
const RATE = { limit: 5, windowSeconds: 3600 }

// Checked again here whatever the browser did: the call must be open now
// (a form opened before the close and sent after it is refused).
export async function takePart(locale: string, slug: string, _state: TakePartState, data: FormData): Promise<TakePartState> {
  const content = getContent()
  const english = content.entry('working-groups', defaultLocale, slug)
  if (!isLocale(locale) || !english?.data.call) return { status: 'refused', values: {}, errors: {} }
  const t = await getTranslations({ locale, namespace: 'calls' })
  const sent = `${localHref(locale, takePartPath(slug))}?${DONE_PARAM}=1`
  const result = checkTakePart(data)
  const values = result.ok
    ? { ...result.input, organisation: result.input.organisation ?? '', message: result.input.message ?? '', consent: 'yes' }
    : result.values
  const refused = (message: string): TakePartState => ({ status: 'refused', values, errors: {}, message })
  // A robot is told what a person would be told, and nothing is stored.
  if (isBot(data)) redirect(sent)
  const phase = callPhase(english.data.call, new Date())
  if (phase.phase !== 'open') return refused(t('errorClosed'))
  const submission = submissionId(data)
  if (!submission) return refused(t('errorExpired'))
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([f, key]) => [f, t(key as 'errorRequired')]))
    return { status: 'invalid', values, errors }
  }
  const input = result.input
  try {
    if (await rateLimited([`call:ip:${clientAddress(await headers())}`, `call:email:${input.email.toLowerCase()}`], RATE, input.email))
      return refused(t('errorBusy'))
    const own = content.entry('working-groups', locale, slug) ?? english
    const title = { en: english.data.title, own: own.data.title }
    const deskUrl = new URL(`/staff/calls/${slug}`, siteUrl).toString()
    await submitCallResponse(getDb(), { ...input, submission, workingGroup: slug, callOpensAt: phase.opens, locale }, (response) =>
      callResponseMails(response, title, content.site.contactEmail, deskUrl),
    )
    // Sent after the answer: a slow or absent mail server never delays it.
    after(() => deliverDueMail(getDb()).catch((error) => console.error(`[mail] ${error instanceof Error ? error.message : String(error)}`)))
  } catch (error) {
    if (!isConnectionError(error)) throw error
    console.error(`[db] unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return refused(t('errorUnavailable'))
  }
  redirect(sent)
}
