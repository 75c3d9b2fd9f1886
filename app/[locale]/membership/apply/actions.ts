'use server'

import { getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { APPLY_PATH, type ApplicationField, checkApplication, LIMITS, receivedQuery } from '@/lib/applications'
import { eligibilityCheck, getContent } from '@/lib/content'
import { getDb, isConnectionError } from '@/lib/db/client'
import { submitApplication } from '@/lib/db/queries/applications'
import { clientAddress } from '@/lib/forms/client'
import { isBot } from '@/lib/forms/honeypot'
import { rateLimited } from '@/lib/forms/rate-limit'
import { submissionId } from '@/lib/forms/submission'
import type { FormState } from '@/lib/forms/validation'
import { isLocale } from '@/lib/i18n/config'
import { applicationMails } from '@/lib/mail/application-mail'
import { deliverDueMail } from '@/lib/mail/deliver'
import { siteUrl } from '@/lib/site-url'
import { localHref } from '@/lib/views'

export type ApplicationState = FormState<ApplicationField>

// Per address and per e-mail: enough for a colleague correcting a typo.
const RATE = { limit: 5, windowSeconds: 3600 }

export async function sendApplication(locale: string, _state: ApplicationState, data: FormData): Promise<ApplicationState> {
  const check = isLocale(locale) ? eligibilityCheck(locale) : undefined
  if (!isLocale(locale) || !check) return { status: 'refused', values: {}, errors: {} }
  const t = await getTranslations({ locale, namespace: 'apply' })
  const contact = getContent().site.contactEmail
  const submission = submissionId(data)
  const result = checkApplication(data, check.criteria)
  const values = result.ok ? {} : result.values
  if (isBot(data) || !submission) return { status: 'refused', values, errors: {}, message: t('errorExpired') }
  if (!result.ok) {
    const errors: ApplicationState['errors'] = {}
    for (const [field, key] of Object.entries(result.errors) as [ApplicationField, Parameters<typeof t>[0]][]) {
      errors[field] = t(key, { max: LIMITS[field as keyof typeof LIMITS] ?? 0, email: contact })
    }
    return { status: 'invalid', values, errors, message: t('summary', { count: Object.keys(errors).length }) }
  }
  const { listRepresentative, ...typed } = result.input
  const echo = {
    ...Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, v ?? ''])),
    listRepresentative: listRepresentative ? 'yes' : '',
  } as ApplicationState['values']
  let reference: string
  try {
    if (
      await rateLimited(
        [`apply:ip:${clientAddress(await headers())}`, `apply:email:${result.input.email.toLowerCase()}`],
        RATE,
        result.input.email,
      )
    ) {
      return { status: 'refused', values: echo, errors: {}, message: t('errorBusy', { email: contact }) }
    }
    const deskUrl = new URL('/staff/applications', siteUrl).toString()
    const { application } = await submitApplication(getDb(), { ...result.input, submission, locale }, (a) =>
      applicationMails(a, contact, `${deskUrl}/${a.id}`),
    )
    // Sent after the answer, so a slow or absent mail server never delays
    // it; whatever fails stays in the outbox for the next attempt.
    after(() => deliverDueMail(getDb()).catch((error) => console.error(`[mail] ${error instanceof Error ? error.message : String(error)}`)))
    reference = application.reference
  } catch (error) {
    if (!isConnectionError(error)) throw error
    console.error(`[db] unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return { status: 'refused', values: echo, errors: {}, message: t('errorUnavailable', { email: contact }) }
  }
  // Post/Redirect/Get (a 303 without JavaScript; a navigation with it): the
  // confirmation is a page of its own, so reloading it never sends the
  // application again. The same form sent twice redirects both to the one
  // application's reference.
  redirect(`${localHref(locale, APPLY_PATH)}${receivedQuery(reference)}`)
}
