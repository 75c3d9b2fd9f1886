'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { COMMENT_FIELDS, COMMENT_RATE, type CommentState, commentSchema, LIMITS } from '@/lib/consultations/comment-form'
import { getContent } from '@/lib/content'
import { consultationPhase, formatMoment } from '@/lib/consultations'
import { getDb, isConnectionError } from '@/lib/db/client'
import { addComment } from '@/lib/db/queries/comments'
import { clientAddress } from '@/lib/forms/client'
import { isBot } from '@/lib/forms/honeypot'
import { rateLimited } from '@/lib/forms/rate-limit'
import { submissionId } from '@/lib/forms/submission'
import { fieldErrors, formValues } from '@/lib/forms/validation'
import { isLocale } from '@/lib/i18n/config'
import { consultationPath } from '@/lib/routes'
import { localHref } from '@/lib/views'

// Whatever the browser checked, everything is checked again here: the
// consultation must be open now (a form opened before the close and sent
// after it is refused), the submission id must be one of ours, the fields
// within their limits, the sender within the rate limits.
export async function submitComment(locale: string, slug: string, _state: CommentState, data: FormData): Promise<CommentState> {
  const english = isLocale(locale) ? getContent().entry('publications', 'en', slug) : undefined
  const consultation = english?.data.consultation
  if (!isLocale(locale) || !english || !consultation) return { status: 'refused', values: {}, errors: {}, message: 'Unknown consultation.' }
  const t = await getTranslations({ locale, namespace: 'consultations' })
  const values = formValues(data, COMMENT_FIELDS, 12_000)
  const refused = (message: string): CommentState => ({ status: 'refused', values, errors: {}, message })
  const sent = localHref(locale, `${consultationPath(slug)}?sent=1`)

  // A robot is told what a person would be told, and nothing is stored.
  if (isBot(data)) redirect(sent)
  const phase = consultationPhase(consultation, new Date())
  if (phase.phase === 'upcoming') return refused(t('errors.notOpen'))
  if (phase.phase === 'closed')
    return refused(t('errors.closed', { closes: phase.closes ? formatMoment(locale, phase.closes) : phase.closedIn! }))
  const submission = submissionId(data)
  if (!submission) return refused(t('errors.expired'))

  // Every translation has the English points (content:check sees to it).
  const parsed = commentSchema(english.points.length).safeParse(values)
  if (!parsed.success) {
    const keys = fieldErrors(parsed.error, COMMENT_FIELDS)
    const errors = Object.fromEntries(
      Object.entries(keys).map(([field, key]) => [field, t(`errors.${key}` as 'errors.nameRequired', { max: LIMITS[key!] ?? 0 })]),
    )
    return { status: 'invalid', values, errors }
  }
  const input = parsed.data
  try {
    const address = clientAddress(await headers())
    const [byAddress, byEmail] = await Promise.all([
      rateLimited([`comment:ip:${address}`], COMMENT_RATE.perAddress),
      rateLimited([`comment:email:${input.email.toLowerCase()}`], COMMENT_RATE.perEmail, input.email),
    ])
    if (byAddress || byEmail) return refused(t('errors.rateLimited'))
    await addComment(getDb(), {
      submission,
      consultation: slug,
      locale,
      name: input.name,
      organisation: input.organisation,
      email: input.email,
      body: input.comment,
      point: input.point,
    })
  } catch (error) {
    if (!isConnectionError(error)) throw error
    console.error(`[db] unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return refused(t('errors.unavailable'))
  }
  redirect(sent)
}
