import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageLink } from '@/components/page-link'
import { PageHeading } from '@/components/page-heading'
import { WorkingGroupFilters } from '@/components/working-group-filters'
import { WorkingGroupList } from '@/components/working-group-list'
import { getContent } from '@/lib/content'
import { getTranslations } from 'next-intl/server'
import { locales } from '@/lib/i18n/config'
import { pageMetadata, toLocale } from '@/lib/page'
import {
  callFilters,
  describeFilter,
  localHref,
  sectionTrail,
  topicIds,
  workingGroupFilterLinks,
  workingGroupsPagePath,
  workingGroupSummaries,
} from '@/lib/views'
import { allFilters, filterPath, parseFilter, UNFILTERED } from '@/lib/working-group-filter'

// One pre-rendered page per language × status × topic; the same list the
// route list gives the proxy (lib/routes.ts), so every link here is a
// known path.
export const generateStaticParams = () =>
  locales.flatMap((locale) => allFilters(topicIds()).map(({ status, topic }) => ({ locale, status, topic })))

type Props = { params: Promise<{ locale: string; status: string; topic: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, status, topic } = await params
  const locale = toLocale(raw)
  const filter = parseFilter(status, topic, topicIds())
  if (!filter) return {}
  const t = await getTranslations({ locale, namespace: 'explorer' })
  const described = await describeFilter(locale, filter)
  return {
    ...(await pageMetadata(locale, filterPath(filter), t('heading', { filter: described }), t('description', { filter: described }))),
    // Every filter repeats the working-groups page: followed, not indexed.
    robots: { index: false, follow: true },
  }
}

export default async function WorkingGroupFilterPage({ params }: Props) {
  const { locale: raw, status, topic } = await params
  const locale = toLocale(raw)
  const filter = parseFilter(status, topic, topicIds())
  if (!filter) notFound()
  const t = await getTranslations({ locale, namespace: 'explorer' })
  const wg = await getTranslations({ locale, namespace: 'workingGroups' })
  const nav = await getTranslations({ locale, namespace: 'nav' })
  const punctuation = await getTranslations({ locale, namespace: 'punctuation' })
  const [items, total, links, described] = await Promise.all([
    workingGroupSummaries(locale, filter),
    workingGroupSummaries(locale).then((all) => all.length),
    workingGroupFilterLinks(locale, filter),
    describeFilter(locale, filter),
  ])
  const indexPath = workingGroupsPagePath()
  const hasMembership = getContent().slugs('pages').includes('membership')
  return (
    <article className="max-w-3xl">
      <Breadcrumbs label={nav('breadcrumbs')} trail={await sectionTrail(locale, indexPath ?? '/')} current={described} />
      <PageHeading title={t('heading', { filter: described })}>
        <p className="mt-4 max-w-[70ch] text-lg text-slate-800">{t('intro')}</p>
        {indexPath && (
          <p className="mt-2">
            <PageLink
              href={localHref(locale, indexPath)}
              className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900"
            >
              {t('backLink')}
            </PageLink>
          </p>
        )}
      </PageHeading>
      <WorkingGroupFilters
        label={t('navLabel')}
        statusLabel={t('statusLabel')}
        topicLabel={t('topicLabel')}
        links={links}
        calls={await callFilters(locale, 'all')}
      />
      <p className="mt-6 text-sm text-slate-700">{t('count', { count: items.length, total })}</p>
      <WorkingGroupList
        items={items}
        topicsLabel={wg('topicsLabel')}
        yearsLabel={wg('yearsLabel')}
        colon={punctuation('colon')}
        empty={
          <>
            <p className="text-lg">{t('empty')}</p>
            <p className="mt-2">
              <PageLink
                href={localHref(locale, filterPath(UNFILTERED))}
                className="font-medium text-brand-800 underline underline-offset-4"
              >
                {t('showAll')}
              </PageLink>
            </p>
          </>
        }
      />
      {hasMembership && (
        <aside className="mt-10 rounded-lg bg-brand-50 p-6">
          <h2 className="text-xl font-semibold text-brand-900">{wg('takePartHeading')}</h2>
          <p className="mt-2">{wg('takePartText')}</p>
          <p className="mt-2">
            <PageLink href={localHref(locale, '/membership')} className="font-medium text-brand-800 underline">
              {wg('takePartLink')}
            </PageLink>
          </p>
        </aside>
      )}
    </article>
  )
}
