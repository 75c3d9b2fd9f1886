import { hasLocale } from 'next-intl'
import { routing } from './routing'

export const locales = routing.locales
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = routing.defaultLocale

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && hasLocale(locales, value)
}

// Everything else about a language comes from Intl, so adding one is the
// routing config, a messages file and content.
type TextInfo = { direction?: string }
function localeInfo(locale: Locale) {
  const info: Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo } = new Intl.Locale(locale)
  return { maximized: info.maximize(), direction: (info.getTextInfo?.() ?? info.textInfo)?.direction }
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return localeInfo(locale).direction === 'rtl' ? 'rtl' : 'ltr'
}

// Text shown in a language other than the page's (an untranslated page, an
// English-only document, a criterion label) is marked as such, so screen
// readers pronounce it right and punctuation sits on the right side.
export function textLanguage(page: Locale, text: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return page === text ? {} : { lang: text, dir: direction(text) }
}

// Each language named in itself, as visitors look for it in the switcher.
export function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}

// A language named in English, for the staff desk and the Secretariat's mail.
export function englishLanguageName(locale: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale
}

// BCP 47 tag for feeds: Chinese names its script (zh-Hans), since readers
// of Simplified and Traditional Chinese need to tell them apart.
export function languageTag(locale: Locale): string {
  const { language, script } = localeInfo(locale).maximized
  return script === 'Hans' || script === 'Hant' ? `${language}-${script}` : locale
}

// Open Graph's language_TERRITORY, with the territory the language is most
// used in (pt_BR, zh_CN).
export function ogLocale(locale: Locale): string {
  const { language, region } = localeInfo(locale).maximized
  return region ? `${language}_${region}` : language
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
