import type { Locale } from './config'

// A page's path in a language: '/about' in French is '/fr/about'.
// next-intl's createNavigation() gives the same getPathname, but importing it
// anywhere in the server graph makes Next ship next-intl's client Link (and
// use-intl) to every page: 13 KB of gzipped JavaScript that no page runs.
// With every path prefixed and no translated pathnames (routing.ts), the
// localized path is the language in front; tests/unit/navigation.test.ts
// checks it against next-intl's own for every page of the fixture site.
export function getPathname({ locale, href }: { locale: Locale; href: string }): string {
  return href === '/' ? `/${locale}` : `/${locale}${href}`
}
