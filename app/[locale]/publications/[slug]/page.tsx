import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ContentArticle } from '@/components/content-article'
import { ConsultationStatus } from '@/components/consultation-status'
import { PageLink } from '@/components/page-link'
import { PublishedComments } from '@/components/published-comments'
import { commentPage, consultationView, publishedCounts, reportLink, statementHtml } from '@/lib/consultations/views'
import { formatPartialDate, textLanguage } from '@/lib/i18n/config'
import { entryMetadata, entryRoute, staticEntryParams, type EntryRouteProps } from '@/lib/page'
import { sectionTrail } from '@/lib/views'

export const generateStaticParams = () => staticEntryParams('publications')

// Statements stay pre-rendered and cacheable; a consultation's state and its
// published comments are worked out again when a request finds the page more
// than 30 s old (time-based ISR), on each instance from the clock and the
// shared database, with no cache shared between instances and no purge to
// send (a tag purge would reach only the instance that approved). Each server
// also asks for these pages every 10 s (lib/page-refresh.ts), so a visitor
// after a quiet spell does not get the copy from before it.
export const revalidate = 30

export const generateMetadata = entryMetadata('publications', (entry) => entry.data.summary)

export default async function PublicationPage({ params }: EntryRouteProps) {
  const { locale, resolved } = await entryRoute('publications', params)
  if (!resolved) notFound()
  const { entry } = resolved
  const nav = await getTranslations({ locale, namespace: 'nav' })
  // The byline is front matter: in the page's language when the front
  // matter is translated (an English-only document has its title, author
  // and date translated), in English when the whole page falls back.
  const byline = textLanguage(locale, entry.locale)
  const t = await getTranslations({ locale, namespace: 'consultations' })
  const consultation = entry.data.consultation ? await consultationView(locale, entry, new Date()) : undefined
  // The build has no database: comments join at the first regeneration.
  const live = consultation && process.env.DATABASE_URL
  const [comments, counts, report] = await Promise.all([
    live ? commentPage(locale, entry.slug, 1, { points: entry.points.length }) : undefined,
    live ? publishedCounts(entry.slug) : undefined,
    consultation ? reportLink(locale, entry.slug) : undefined,
  ])
  // Each point with its comment link and count (lib/content/points.ts).
  const html = consultation ? await statementHtml(locale, entry, consultation, counts) : entry.html
  return (
    <ContentArticle
      page={{ ...resolved, entry: { ...entry, html } }}
      breadcrumbs={{ label: nav('breadcrumbs'), trail: await sectionTrail(locale, '/publications') }}
      meta={
        <>
          <p className="mt-3 text-slate-700" lang={byline.lang} dir={byline.dir}>
            {entry.data.author && `${entry.data.author} · `}
            <time dateTime={entry.data.date}>{formatPartialDate(entry.locale, entry.data.date)}</time>
          </p>
          {consultation && (
            <ConsultationStatus
              view={consultation}
              action={consultation.phase === 'open' ? { href: consultation.commentHref, label: t('commentLink') } : undefined}
            />
          )}
          {report && (
            <p className="mt-4">
              <a href={report.href} className="font-semibold text-brand-800 underline underline-offset-4">
                {report.label}
              </a>
            </p>
          )}
        </>
      }
    >
      {comments && consultation && (
        <PublishedComments
          heading={comments.heading}
          count={comments.count}
          items={comments.items}
          footer={
            comments.pages > 1 && (
              <p className="mt-6">
                <PageLink href={`${consultation.commentHref}?page=2`} className="font-semibold text-brand-800 underline underline-offset-4">
                  {t('readComments')}
                </PageLink>
              </p>
            )
          }
        />
      )}
    </ContentArticle>
  )
}
