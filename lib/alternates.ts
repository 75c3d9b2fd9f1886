import { defaultLocale, locales } from './i18n/config'
import { getPathname } from './i18n/navigation'

// One URL per language plus x-default, for hreflang in page heads and the
// sitemap. With `base` the URLs are absolute (the sitemap needs that).
export function languageAlternates(path: string, base?: URL): Record<string, string> {
  const url = (locale: (typeof locales)[number]) => {
    const p = getPathname({ locale, href: path })
    return base ? new URL(p, base).href : p
  }
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, url(l)]))
  languages['x-default'] = url(defaultLocale)
  return languages
}
