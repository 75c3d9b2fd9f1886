import { hasLocale } from 'next-intl'
import { routing } from './routing'

export const locales = routing.locales
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = routing.defaultLocale

const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(['ar'])

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && hasLocale(locales, value)
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return rtlLocales.has(locale) ? 'rtl' : 'ltr'
}

// Text shown in a language other than the page's (an untranslated page, an
// English-only document, a criterion label) is marked as such, so screen
// readers pronounce it right and punctuation sits on the right side.
export function textLanguage(page: Locale, text: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return page === text ? {} : { lang: text, dir: direction(text) }
}

// Each language named in itself, as visitors look for it in the switcher.
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
  pt: 'Português',
}

// BCP 47 tags for hreflang and Intl: zh is Simplified Chinese.
export const localeTags: Record<Locale, string> = {
  en: 'en',
  fr: 'fr',
  es: 'es',
  ar: 'ar',
  zh: 'zh-Hans',
  ru: 'ru',
  pt: 'pt',
}

// Dates in content may be a year, a month or a day; show exactly that much.
export function formatPartialDate(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  const utc = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' }
  if (month) options.month = 'long'
  if (day) options.day = 'numeric'
  return new Intl.DateTimeFormat(locale, options).format(utc)
}
