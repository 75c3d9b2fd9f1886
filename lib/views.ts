import 'server-only'
import type { PublicationSummary } from '@/components/publication-list'
import type { WorkingGroupSummary } from '@/components/working-group-list'
import { getContent, publicationsNewestFirst, workingGroups, entryPath } from './content'
import { defaultLocale, direction, type Locale } from './i18n/config'
import { getDictionary } from './i18n/dictionaries'
import { formatDate } from './i18n/format'
import { localePath } from './i18n/paths'
import { filterGroups, filterLinks, type FilterLinks, type GroupStatus, type WorkingGroupFilter } from './working-group-filter'

// Turns content entries into the plain strings list components show, so
// components never need to know about locales or front matter.

// An untranslated item is marked as the English it is, so screen readers
// pronounce it right and punctuation sits on the right side.
function originalLanguage(page: Locale, text: Locale) {
  return page === text ? {} : { lang: text, dir: direction(text) }
}

// Until the dictionaries have an "unknown" status label (notes/issue8-ui.md),
// a status without one shows its id.
export function statusName(labels: Partial<Record<GroupStatus, string>>, status: GroupStatus): string {
  return labels[status] ?? status
}

// "Security, DNS and Transfers" in each language's own way of listing.
export function topicList(locale: Locale, topics: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(topics.map((t) => topicLabel(locale, t)))
}

export function topicLabel(locale: Locale, topic: string): string {
  const labels = getContent().topics[topic]
  return labels?.[locale] ?? labels?.en ?? topic
}

// The content page that lists the working groups (`lists: working-groups`),
// if there is one: the explorer links back to it.
export function workingGroupsPagePath(): string | undefined {
  const page = getContent()
    .entries('pages', defaultLocale)
    .find((e) => e.data.lists === 'working-groups')
  return page && entryPath('pages', page.slug)
}

// Topic ids in the order content/topics.json lists them.
export function topicIds(): string[] {
  return Object.keys(getContent().topics)
}

// Every working group, or only those a filter keeps (same order).
export async function workingGroupSummaries(locale: Locale, filter?: WorkingGroupFilter): Promise<WorkingGroupSummary[]> {
  const dict = await getDictionary(locale)
  const all = workingGroups(locale)
  const entries = filter ? filterGroups(all.map((e) => ({ ...e.data, status: e.data.status.value, entry: e })), filter).map((g) => g.entry) : all
  return entries.map((e) => ({
    href: localePath(locale, entryPath('working-groups', e.slug)),
    title: e.data.title,
    summary: e.data.summary,
    status: e.data.status.value,
    statusLabel: statusName(dict.workingGroups.status, e.data.status.value),
    years: e.data.years,
    topics: topicList(locale, e.data.topics),
    ...originalLanguage(locale, e.locale),
  }))
}

// The explorer's status and topic links, in the page's language, with the
// `current` filter marked.
export async function workingGroupFilterLinks(locale: Locale, current: WorkingGroupFilter): Promise<FilterLinks> {
  const t = (await getDictionary(locale)).explorer
  return filterLinks({
    current,
    topicIds: topicIds(),
    statusLabels: { ...t.status, unknown: statusName(t.status, 'unknown') },
    allTopicsLabel: t.allTopics,
    topicLabel: (id) => topicLabel(locale, id),
    href: (path) => localePath(locale, path),
  })
}

// "Current · Security and stability", "Past", "All": the active filter in words.
export async function describeFilter(locale: Locale, filter: WorkingGroupFilter): Promise<string> {
  const t = (await getDictionary(locale)).explorer
  const parts = [
    ...(filter.status === 'all' ? [] : [statusName(t.status, filter.status)]),
    ...(filter.topic === 'all' ? [] : [topicLabel(locale, filter.topic)]),
  ]
  return parts.length ? parts.join(' · ') : t.status.all
}

export function publicationSummaries(locale: Locale, limit?: number): PublicationSummary[] {
  return publicationsNewestFirst(locale)
    .slice(0, limit)
    .map((e) => ({
      href: localePath(locale, entryPath('publications', e.slug)),
      title: e.data.title,
      summary: e.data.summary,
      date: formatDate(locale, e.data.date),
      dateTime: e.data.date,
      author: e.data.author,
      ...originalLanguage(locale, e.locale),
    }))
}
