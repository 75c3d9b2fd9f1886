import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeading } from '@/components/page-heading'
import { PageLink } from '@/components/page-link'
import { WorkingGroupFilters } from '@/components/working-group-filters'
import { WorkingGroupList } from '@/components/working-group-list'
import { ALERTS_PATH } from '@/lib/alerts/paths'
import { pageMetadata, staticLocaleParams, toLocale } from '@/lib/page'
import { OPEN_CALLS_PATH } from '@/lib/routes'
import { callFilters, localHref, openCallSummaries, sectionTrail, workingGroupsPagePath } from '@/lib/views'

// The working groups looking for participants now. Pre-rendered, and
// rendered again at most a minute after a request once stale: a call opens
// and closes by the clock, with no rebuild (a live page: lib/routes.ts).
export const revalidate = 60
export const generateStaticParams = staticLocaleParams

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'calls' })
  return { ...(await pageMetadata(locale, OPEN_CALLS_PATH, t('filterOpen'), t('description'))), robots: { index: false, follow: true } }
}

export default async function OpenCallsPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'calls' })
  const explorer = await getTranslations({ locale, namespace: 'explorer' })
  const wg = await getTranslations({ locale, namespace: 'workingGroups' })
  const nav = await getTranslations({ locale, namespace: 'nav' })
  const alerts = await getTranslations({ locale, namespace: 'alerts' })
  const punctuation = await getTranslations({ locale, namespace: 'punctuation' })
  const items = await openCallSummaries(locale, new Date())
  return (
    <article className="max-w-3xl">
      <Breadcrumbs
        label={nav('breadcrumbs')}
        trail={await sectionTrail(locale, workingGroupsPagePath() ?? '/')}
        current={t('filterOpen')}
      />
      <PageHeading title={t('filterOpen')} />
      <WorkingGroupFilters
        label={explorer('navLabel')}
        statusLabel={explorer('statusLabel')}
        topicLabel={explorer('topicLabel')}
        calls={await callFilters(locale, 'calls')}
      />
      <WorkingGroupList
        items={items}
        topicsLabel={wg('topicsLabel')}
        yearsLabel={wg('yearsLabel')}
        colon={punctuation('colon')}
        empty={<p className="text-lg">{t('noneOpen')}</p>}
      />
      <p className="mt-8">
        <PageLink href={`${localHref(locale, ALERTS_PATH)}?topic=calls`} className="font-medium text-brand-800 underline">
          {alerts('link')}
        </PageLink>
      </p>
    </article>
  )
}
