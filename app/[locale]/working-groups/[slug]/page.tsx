import { notFound } from 'next/navigation'
import { PageLink } from '@/components/page-link'
import { ContentArticle } from '@/components/content-article'
import { WorkingGroupFacts } from '@/components/working-group-facts'
import { getTranslations } from 'next-intl/server'
import { entryMetadata, entryRoute, staticEntryParams, type EntryRouteProps } from '@/lib/page'
import { ALERTS_PATH } from '@/lib/alerts/paths'
import { localHref, openCall, sectionTrail, statusView, topicList } from '@/lib/views'

export const generateStaticParams = () => staticEntryParams('working-groups')

// Rendered again at most a minute after a request once stale: a call for
// participants opens and closes by the clock, with no rebuild (the groups
// with a call are live pages, lib/routes.ts).
export const revalidate = 60

export const generateMetadata = entryMetadata('working-groups', (entry) => entry.data.summary)

export default async function WorkingGroupPage({ params }: EntryRouteProps) {
  const { locale, resolved } = await entryRoute('working-groups', params)
  if (!resolved) notFound()
  const { entry } = resolved
  const t = await getTranslations({ locale, namespace: 'workingGroups' })
  const nav = await getTranslations({ locale, namespace: 'nav' })
  const status = await statusView(locale, entry.data.status)
  // Only a group a source currently confirms as running is offered to join.
  const open = status.value === 'current' && !status.stale
  const call = await openCall(locale, entry.slug, entry.data, new Date())
  const alerts = await getTranslations({ locale, namespace: 'alerts' })
  return (
    <ContentArticle
      page={resolved}
      breadcrumbs={{ label: nav('breadcrumbs'), trail: await sectionTrail(locale, '/working-groups') }}
      meta={
        <WorkingGroupFacts
          status={status}
          labels={{
            status: t('statusLabel'),
            source: t('sourceLabel'),
            years: t('yearsLabel'),
            topics: t('topicsLabel'),
            link: t('linkLabel'),
          }}
          years={entry.data.years}
          topics={topicList(locale, entry.data.topics)}
          link={entry.data.link}
        />
      }
      lead={
        call && (
          <aside className="mb-8 rounded-lg border-2 border-brand-800 bg-brand-50 p-5">
            <p className="text-lg font-semibold text-brand-900">{call.wanted}</p>
            {call.note && (
              <p className="mt-2" {...(resolved.fallback?.title && { lang: resolved.fallback.lang, dir: resolved.fallback.dir })}>
                {call.note}
              </p>
            )}
            <p className="mt-3">
              <PageLink href={call.takePartHref} className="font-semibold text-brand-800 underline">
                {call.takePartLabel}
              </PageLink>
            </p>
          </aside>
        )
      }
    >
      {open && (
        <aside className="mt-10 rounded-lg bg-brand-50 p-6">
          <h2 className="text-xl font-semibold text-brand-900">{t('takePartHeading')}</h2>
          <p className="mt-2">{t('takePartText')}</p>
          <p className="mt-2">
            <PageLink href={localHref(locale, '/membership')} className="font-medium text-brand-800 underline">
              {t('takePartLink')}
            </PageLink>
          </p>
          <p className="mt-2">
            <PageLink href={`${localHref(locale, ALERTS_PATH)}?topic=calls`} className="font-medium text-brand-800 underline">
              {alerts('link')}
            </PageLink>
          </p>
        </aside>
      )}
    </ContentArticle>
  )
}
