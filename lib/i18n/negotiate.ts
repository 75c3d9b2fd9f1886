import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'
import { defaultLocale, isLocale, locales, type Locale } from './config'

// Set when a visitor picks a language in the switcher; beats the browser's
// Accept-Language the next time they arrive at a path without a language.
export const LOCALE_COOKIE = 'NEXT_LOCALE'

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie
  // Negotiator orders by quality value; the matcher maps zh-CN to zh,
  // pt-BR to pt and so on. Anything unparseable falls back to English.
  const requested = new Negotiator({ headers: { 'accept-language': (acceptLanguage ?? '').slice(0, 1000) } })
    .languages()
    .filter(isLanguageTag)
  try {
    return match(requested, locales, defaultLocale, { algorithm: 'best fit' }) as Locale
  } catch {
    return defaultLocale
  }
}

// A first path segment that is a spelling of a supported language: /EN,
// /en-US, /pt_BR, /zh-Hans. Anything else is not a language at all.
export function localeFromSegment(segment: string): Locale | undefined {
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(segment)) return undefined
  const language = segment.split(/[-_]/)[0]!.toLowerCase()
  return isLocale(language) ? language : undefined
}
