import { entryPath, publicationsNewestFirst } from './content'
import type { FeedChannel } from './feed'
import { localeTags, type Locale } from './i18n/config'
import type { Dictionary } from './i18n/dictionaries'
import ar from './i18n/dictionaries/ar.json'
import en from './i18n/dictionaries/en.json'
import es from './i18n/dictionaries/es.json'
import fr from './i18n/dictionaries/fr.json'
import pt from './i18n/dictionaries/pt.json'
import ru from './i18n/dictionaries/ru.json'
import zh from './i18n/dictionaries/zh.json'
import { localePath } from './i18n/paths'
import { siteUrl } from './site-url'

// Read from the dictionaries directly rather than through getDictionary():
// pageMetadata() needs the title synchronously, and getDictionary() is
// server-only, which would keep this module out of unit tests.
const feedText: Record<Locale, Dictionary['feed']> = { en: en.feed, fr: fr.feed, es: es.feed, ar: ar.feed, zh: zh.feed, ru: ru.feed, pt: pt.feed }

const absolute = (path: string) => new URL(path, siteUrl).href

export function feedPath(locale: Locale): string {
  return localePath(locale, '/feed.xml')
}

// For Metadata `alternates.types`: <link rel="alternate" type="application/rss+xml">.
export function feedAlternate(locale: Locale) {
  return { 'application/rss+xml': [{ url: feedPath(locale), title: feedText[locale].title }] }
}

export function publicationFeed(locale: Locale): FeedChannel {
  return {
    ...feedText[locale],
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
