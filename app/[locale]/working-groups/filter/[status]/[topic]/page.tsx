import type { Metadata } from 'next'
import { PageLink } from '@/components/page-link'
import { PageHeading } from '@/components/page-heading'
import { WorkingGroupFilters } from '@/components/working-group-filters'
import { WorkingGroupList } from '@/components/working-group-list'
import { getContent } from '@/lib/content'
import { locales } from '@/lib/i18n/config'
import { format, getDictionary } from '@/lib/i18n/dictionaries'
import { localePath } from '@/lib/i18n/paths'
import { LocalizedNotFound } from '@/lib/not-found'
import { pageMetadata, toLocale } from '@/lib/page'
import { describeFilter, topicIds, workingGroupFilterLinks, workingGroupsPagePath, workingGroupSummaries } from '@/lib/views'
import { allFilters, filterPath, parseFilter, UNFILTERED } from '@/lib/working-group-filter'

// One pre-rendered page per language × status × topic; the same list the
// content API gives the proxy (lib/content/load.ts), so every link here is
// a known path.
export const generateStaticParams = () =>
  locales.flatMap((locale) => allFilters(topicIds()).map(({ status, topic }) => ({ locale, status, topic })))

type Props = { params: Promise<{ locale: string; status: string; topic: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, status, topic } = await params
  const locale = toLocale(raw)
  const filter = parseFilter(status, topic, topicIds())
  if (!filter) return {}
  const t = (await getDictionary(locale)).explorer
  const described = await describeFilter(locale, filter)
  return {
    ...pageMetadata(locale, filterPath(filter), format(t.heading, { filter: described }), format(t.description, { filter: described })),
    // Every filter repeats the working-groups page: followed, not indexed.
    robots: { index: false, follow: true },
  }
}

export default async function WorkingGroupFilterPage({ params }: Props) {
  const { locale: raw, status, topic } = await params
  const locale = toLocale(raw)
  const filter = parseFilter(status, topic, topicIds())
  if (!filter) return <LocalizedNotFound locale={locale} />
  const dict = await getDictionary(locale)
  const t = dict.explorer
  const [items, total, links, described] = await Promise.all([
    workingGroupSummaries(locale, filter),
    workingGroupSummaries(locale).then((all) => all.length),
    workingGroupFilterLinks(locale, filter),
    describeFilter(locale, filter),
  ])
  const number = new Intl.NumberFormat(locale)
  const indexPath = workingGroupsPagePath()
  const hasMembership = getContent().slugs('pages').includes('membership')
  return (
    <article className="mx-auto max-w-3xl">
      <PageHeading title={format(t.heading, { filter: described })}>
        <p className="mt-4 max-w-[70ch] text-lg text-slate-800">{t.intro}</p>
        {indexPath && (
          <p className="mt-2">
            <PageLink href={localePath(locale, indexPath)} className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {t.backLink}
            </PageLink>
          </p>
        )}
      </PageHeading>
      <WorkingGroupFilters label={t.navLabel} statusLabel={t.statusLabel} topicLabel={t.topicLabel} links={links} />
      <p className="mt-6 text-sm text-slate-700">{format(t.count, { count: number.format(items.length), total: number.format(total) })}</p>
      <WorkingGroupList
        items={items}
        topicsLabel={dict.workingGroups.topicsLabel}
        yearsLabel={dict.workingGroups.yearsLabel}
        headingLevel={2}
        empty={
          <>
            <p className="text-lg">{t.empty}</p>
            <p className="mt-2">
              <PageLink href={localePath(locale, filterPath(UNFILTERED))} className="font-medium text-brand-800 underline underline-offset-4">
                {t.showAll}
              </PageLink>
            </p>
          </>
        }
      />
      {hasMembership && (
        <aside className="mt-10 rounded-lg bg-brand-50 p-6">
          <h2 className="text-xl font-semibold text-brand-900">{dict.workingGroups.takePartHeading}</h2>
          <p className="mt-2">{dict.workingGroups.takePartText}</p>
          <p className="mt-2">
            <PageLink href={localePath(locale, '/membership')} className="font-medium text-brand-800 underline">
              {dict.workingGroups.takePartLink}
            </PageLink>
          </p>
        </aside>
      )}
    </article>
  )
}
