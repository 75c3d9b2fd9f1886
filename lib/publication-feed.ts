import { consultationPhase } from './consultations'
import { entryPath, publicationsNewestFirst } from './content'
import type { FeedChannel } from './feed'
import { languageTag, type Locale } from './i18n/config'
import { getPathname } from './i18n/navigation'
import { FEED_PATH } from './routes'
import { siteUrl } from './site-url'

const absolute = (locale: Locale, href: string) => new URL(getPathname({ locale, href }), siteUrl).href

// For Metadata `alternates.types`: <link rel="alternate" type="application/rss+xml">.
export function feedAlternate(locale: Locale, title: string) {
  return { 'application/rss+xml': [{ url: getPathname({ locale, href: FEED_PATH }), title }] }
}

// The channel's own text comes from the caller (the `feed` messages), so
// this stays a plain function of the content. A consultation open at `now`
// is marked in its item's title with `text.openForComment`.
export function publicationFeed(
  locale: Locale,
  { openForComment, ...text }: { title: string; description: string; openForComment?: string },
  now = new Date(),
): FeedChannel {
  const isOpen = (c: Parameters<typeof consultationPhase>[0] | undefined) => c !== undefined && consultationPhase(c, now).phase === 'open'
  return {
    ...text,
    link: absolute(locale, '/publications'),
    selfUrl: absolute(locale, FEED_PATH),
    language: languageTag(locale),
    items: publicationsNewestFirst(locale).map((e) => ({
      title: openForComment && isOpen(e.data.consultation) ? `${openForComment}: ${e.data.title}` : e.data.title,
      url: absolute(locale, entryPath('publications', e.slug)),
      summary: e.data.summary,
      date: e.data.date,
      author: e.data.author,
    })),
  }
}
