import { defineRouting } from 'next-intl/routing'

export const LOCALE_COOKIE = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' } as const

// The one list of languages the site speaks; everything else (the proxy,
// links, the switcher, hreflang, content fallbacks) derives from it.
export const routing = defineRouting({
  locales: ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'],
  defaultLocale: 'en',
  localePrefix: 'always',
  // Read when a language-less URL is negotiated. It is only ever written by
  // the switch route (app/language): a publicly cached page must not carry
  // Set-Cookie, or a CDN would pin one visitor's language on everybody.
  localeCookie: LOCALE_COOKIE,
  // hreflang links are in every page's <head>; a Link header would repeat
  // them on every response.
  alternateLinks: false,
})
