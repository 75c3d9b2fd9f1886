'use client'

import { usePathname } from 'next/navigation'
import { localeNames, locales, type Locale } from '@/lib/i18n/config'
import { switchLocale } from '@/lib/i18n/paths'

// A client component only to read the current path; the links are in the
// server-rendered HTML, so switching works with JavaScript off. Plain <a>
// (not next/link) because a language change swaps the whole document:
// <html lang dir> included.
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={switchLocale(pathname, locale)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="rounded px-1 py-0.5 text-brand-100 underline-offset-4 hover:underline aria-[current=true]:font-semibold aria-[current=true]:text-white aria-[current=true]:underline"
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
