import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { CommentForm } from '@/components/comment-form'
import { FormUnavailableNotice } from '@/components/form-unavailable-notice'
import { ConsultationStatus } from '@/components/consultation-status'
import { PageHeading } from '@/components/page-heading'
import { PageLink } from '@/components/page-link'
import { PublishedComments } from '@/components/published-comments'
import { ServiceNotice } from '@/components/service-notice'
import { isConnectionError } from '@/lib/db/client'
import { COMMENT_MAX_LENGTH } from '@/lib/db/queries/comments'
import { pointParam } from '@/lib/consultations/points'
import { commentPage, consultationBySlug, pointChoices } from '@/lib/consultations/views'
import { databaseUnavailable } from '@/lib/forms/availability'
import { newSubmissionId } from '@/lib/forms/submission'
import { pageMetadata, toLocale } from '@/lib/page'
import { consultationPath } from '@/lib/routes'
import { localHref } from '@/lib/views'
import { submitComment } from './actions'

// Rendered for each request: it reads the clock (open or not, to the
// second), makes the form's submission id, and pages through comments.
type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  const found = await consultationBySlug(locale, slug, new Date())
  if (!found) return {}
  return pageMetadata(locale, consultationPath(slug), found.entry.data.title, found.entry.data.summary)
}

function pageNumber(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw)
  return Number.isSafeInteger(n) && n >= 1 && n <= 100_000 ? n : 1
}

export default async function ConsultationPage({ params, searchParams }: Props) {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  const found = await consultationBySlug(locale, slug, new Date())
  if (!found) notFound()
  const { entry, view } = found
  const query = await searchParams
  const t = await getTranslations({ locale, namespace: 'consultations' })
  const punctuation = await getTranslations({ locale, namespace: 'punctuation' })
  const unavailable = await databaseUnavailable()
  const page = pageNumber(query.page)
  // ?point=3: the link from point 3 of the statement; it chooses that point
  // in the form and shows the comments published on it.
  const point = pointParam(query.point, entry.points.length)
  // Without the database the form still shows (sending says it failed);
  // the published comments give way to a short notice instead of an error page.
  const comments = await (unavailable
    ? Promise.resolve(undefined)
    : commentPage(locale, slug, page, { points: entry.points.length, point })
  ).catch((error: unknown) => {
    if (!isConnectionError(error)) throw error
    console.error(`consultation ${slug}: published comments unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  })
  const here = localHref(locale, consultationPath(slug))
  const pageHref = (n: number) => `${here}?${new URLSearchParams({ ...(point && { point: String(point) }), page: String(n) })}`
  const choices = await pointChoices(locale, entry)
  const pointsText = await getTranslations({ locale, namespace: 'points' })
  return (
    <div className="max-w-3xl">
      <PageHeading title={entry.data.title} lang={view.lang} dir={view.dir} />
      <p lang={view.lang} dir={view.dir}>
        {entry.data.summary}
      </p>
      <p className="mt-2">
        <PageLink href={view.statementHref} className="text-brand-800 underline underline-offset-4">
          {t('readDraft')}
        </PageLink>
      </p>
      {query.sent ? (
        <div role="status" className="mt-6 rounded border-2 border-green-800 bg-green-50 p-4">
          <h2 className="text-xl font-bold">{t('form.sentHeading')}</h2>
          <p className="mt-1">{t('form.sent')}</p>
        </div>
      ) : (
        <ConsultationStatus view={view} />
      )}
      {view.phase === 'open' && <FormUnavailableNotice locale={locale} />}
      {view.phase !== 'upcoming' && !query.sent && (
        <CommentForm
          open={view.phase === 'open'}
          action={submitComment.bind(null, locale, slug)}
          permalink={localHref(locale, consultationPath(slug))}
          submission={newSubmissionId()}
          maxLength={COMMENT_MAX_LENGTH}
          point={point}
          text={{
            heading: t('form.heading'),
            intro: t('form.intro'),
            labels: {
              name: t('form.name'),
              organisation: t('form.organisation'),
              email: t('form.email'),
              point: pointsText('field'),
              comment: t('form.comment'),
              consent: t('form.consent'),
            },
            optional: t('form.optional'),
            ...choices,
            emailHint: t('form.emailHint'),
            commentHint: t('form.commentHint', { max: COMMENT_MAX_LENGTH }),
            consentHint: t.rich('form.consentHint', {
              link: (chunks) => (
                <PageLink href={localHref(locale, '/privacy')} className="underline">
                  {chunks}
                </PageLink>
              ),
            }),
            honeypot: t('form.honeypot'),
            submit: t('form.submit'),
            problem: t('form.problem'),
            colon: punctuation('colon'),
          }}
        />
      )}
      {comments ? (
        <PublishedComments
          heading={comments.heading}
          count={comments.count}
          items={comments.items}
          filter={
            point && (
              <PageLink href={`${here}#comments-heading`} className="underline underline-offset-4">
                {pointsText('allComments')}
              </PageLink>
            )
          }
          footer={
            comments.pages > 1 && (
              <nav aria-label={t('pagination')} className="mt-8 flex flex-wrap items-center gap-6">
                {page > 1 && (
                  <PageLink href={pageHref(page - 1)} className="underline" rel="prev">
                    {t('previous')}
                  </PageLink>
                )}
                <span>{t('pageOf', { page, pages: comments.pages })}</span>
                {page < comments.pages && (
                  <PageLink href={pageHref(page + 1)} className="underline" rel="next">
                    {t('next')}
                  </PageLink>
                )}
              </nav>
            )
          }
        />
      ) : (
        <ServiceNotice className="mt-10">{t('commentsUnavailable')}</ServiceNotice>
      )}
    </div>
  )
}
