import type { MetadataRoute } from 'next'
import { languageAlternates } from '@/lib/alternates'
import { entryPath, getContent } from '@/lib/content'
import { collections, type CollectionName } from '@/lib/content/schemas'
import { locales } from '@/lib/i18n/config'
import { localePath } from '@/lib/i18n/paths'
import { siteUrl } from '@/lib/site-url'

// Routes in code that are not pages for search engines.
const NOT_PAGES = new Set(['/search', '/feed.xml'])

export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent()
  // Path -> where its text lives, for `updated`.
  const sources = new Map<string, { collection: CollectionName; slug: string }>()
  for (const collection of Object.keys(collections) as CollectionName[]) {
    for (const slug of content.slugs(collection)) sources.set(entryPath(collection, slug), { collection, slug })
  }
  return content
    .paths()
    .filter((path) => !NOT_PAGES.has(path))
    .flatMap((path) => {
      const languages = languageAlternates(path, siteUrl)
      const source = sources.get(path)
      return locales.map((locale) => ({
        url: new URL(localePath(locale, path), siteUrl).href,
        lastModified: source && content.entry(source.collection, locale, source.slug)?.data.updated,
        alternates: { languages },
      }))
    })
}
