import { defaultLocale, locales } from './i18n/config'
import { localePath } from './i18n/paths'

// One URL per language plus x-default, for hreflang in page heads and the
// sitemap. With `base` the URLs are absolute (the sitemap needs that).
export function languageAlternates(path: string, base?: URL): Record<string, string> {
  const url = (p: string) => (base ? new URL(p, base).href : p)
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, url(localePath(l, path))]))
  languages['x-default'] = url(localePath(defaultLocale, path))
  return languages
}
