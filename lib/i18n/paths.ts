import { isLocale, type Locale } from './config'

// '/about' in French is '/fr/about'; the home page is '/fr'.
export function localePath(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

// The same page in another language: swaps the first segment of a
// pathname, which the switcher uses to keep the visitor where they are.
export function switchLocale(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/')
  const tail = isLocale(first) ? rest : [first, ...rest].filter(Boolean)
  return localePath(to, tail.length ? `/${tail.join('/')}` : '/')
}
