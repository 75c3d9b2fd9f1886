import 'server-only'
import type { PublicationSummary } from '@/components/publication-list'
import type { WorkingGroupSummary } from '@/components/working-group-list'
import { getContent, publicationsNewestFirst, workingGroups, entryPath } from './content'
import { direction, type Locale } from './i18n/config'
import { getDictionary } from './i18n/dictionaries'
import { formatDate } from './i18n/format'
import { localePath } from './i18n/paths'

// Turns content entries into the plain strings list components show, so
// components never need to know about locales or front matter.

// An untranslated item is marked as the English it is, so screen readers
// pronounce it right and punctuation sits on the right side.
function originalLanguage(page: Locale, text: Locale) {
  return page === text ? {} : { lang: text, dir: direction(text) }
}

export function topicLabel(locale: Locale, topic: string): string {
  const labels = getContent().topics[topic]
  return labels?.[locale] ?? labels?.en ?? topic
}

export async function workingGroupSummaries(locale: Locale): Promise<WorkingGroupSummary[]> {
  const dict = await getDictionary(locale)
  return workingGroups(locale).map((e) => ({
    href: localePath(locale, entryPath('working-groups', e.slug)),
    title: e.data.title,
    summary: e.data.summary,
    status: e.data.status,
    statusLabel: dict.workingGroups.status[e.data.status],
    topics: e.data.topics.map((t) => topicLabel(locale, t)),
    ...originalLanguage(locale, e.locale),
  }))
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
