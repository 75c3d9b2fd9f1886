import { entryPath, publicationsNewestFirst } from './content'
import type { FeedChannel } from './feed'
import { languageTag, type Locale } from './i18n/config'
import { getPathname } from './i18n/navigation'
import { siteUrl } from './site-url'

const absolute = (locale: Locale, href: string) => new URL(getPathname({ locale, href }), siteUrl).href

const FEED_PATH = '/feed.xml'

// For Metadata `alternates.types`: <link rel="alternate" type="application/rss+xml">.
export function feedAlternate(locale: Locale, title: string) {
  return { 'application/rss+xml': [{ url: getPathname({ locale, href: FEED_PATH }), title }] }
}

// The channel's own text comes from the caller (the `feed` messages), so
// this stays a plain function of the content.
export function publicationFeed(locale: Locale, text: { title: string; description: string }): FeedChannel {
  return {
    ...text,
    link: absolute(locale, '/publications'),
    selfUrl: absolute(locale, FEED_PATH),
    language: languageTag(locale),
    items: publicationsNewestFirst(locale).map((e) => ({
      title: e.data.title,
      url: absolute(locale, entryPath('publications', e.slug)),
      summary: e.data.summary,
      date: e.data.date,
      author: e.data.author,
    })),
  }
}
