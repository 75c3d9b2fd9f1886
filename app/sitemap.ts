import type { MetadataRoute } from 'next'
import { languageAlternates } from '@/lib/alternates'
import { entryPath, getContent } from '@/lib/content'
import { collections, type CollectionName } from '@/lib/content/schemas'
import { locales } from '@/lib/i18n/config'
import { getPathname } from '@/lib/i18n/navigation'
import { siteUrl } from '@/lib/site-url'

// Every markdown page in every language. Routes built from them (filtered
// lists, the eligibility answer, search, feeds) are noindex or not pages.
export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent()
  return (Object.keys(collections) as CollectionName[]).flatMap((collection) =>
    content.slugs(collection).flatMap((slug) => {
      const path = entryPath(collection, slug)
      const languages = languageAlternates(path, siteUrl)
      return locales.map((locale) => ({
        url: new URL(getPathname({ locale, href: path }), siteUrl).href,
        lastModified: content.entry(collection, locale, slug)!.data.updated,
        alternates: { languages },
      }))
    }),
  )
}
