import { entryPath, publicationsNewestFirst } from './content'
import type { FeedChannel } from './feed'
import { localeTags, type Locale } from './i18n/config'
import { dictionaries } from './i18n/dictionary-table'
import { localePath } from './i18n/paths'
import { siteUrl } from './site-url'

// The dictionary table, not getDictionary(): pageMetadata() needs the title
// synchronously, and getDictionary() is server-only.
const feedText = (locale: Locale) => dictionaries[locale].feed

const absolute = (path: string) => new URL(path, siteUrl).href

export function feedPath(locale: Locale): string {
  return localePath(locale, '/feed.xml')
}

// For Metadata `alternates.types`: <link rel="alternate" type="application/rss+xml">.
export function feedAlternate(locale: Locale) {
  return { 'application/rss+xml': [{ url: feedPath(locale), title: feedText(locale).title }] }
}

export function publicationFeed(locale: Locale): FeedChannel {
  return {
    ...feedText(locale),
    link: absolute(localePath(locale, '/publications')),
    selfUrl: absolute(feedPath(locale)),
    language: localeTags[locale],
    items: publicationsNewestFirst(locale).map((e) => ({
      title: e.data.title,
      url: absolute(localePath(locale, entryPath('publications', e.slug))),
      summary: e.data.summary,
      date: e.data.date,
      author: e.data.author,
    })),
  }
}
