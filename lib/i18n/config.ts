// The one list of languages the site speaks. Everything else (routing, the
// switcher, hreflang, content fallbacks) derives from it.
export const locales = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(['ar'])

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return rtlLocales.has(locale) ? 'rtl' : 'ltr'
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
