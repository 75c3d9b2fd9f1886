import type { MetadataRoute } from 'next'
import { languageAlternates } from '@/lib/alternates'
import { getContent } from '@/lib/content'
import { locales } from '@/lib/i18n/config'
import { getPathname } from '@/lib/i18n/navigation'
import { contentRoutes } from '@/lib/routes'
import { siteUrl } from '@/lib/site-url'

// Every markdown page of the route list, in every language. The routes
// built from them (filtered lists, the eligibility answer, search, feeds)
// are noindex or not pages.
export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent()
  return contentRoutes(content).flatMap(({ collection, slug, path }) => {
    const languages = languageAlternates(path, siteUrl)
    return locales.map((locale) => ({
      url: new URL(getPathname({ locale, href: path }), siteUrl).href,
      lastModified: content.entry(collection, locale, slug)!.data.updated,
      alternates: { languages },
    }))
  })
}
