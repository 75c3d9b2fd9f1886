import type { Locale } from '@/lib/i18n/config'

// Each link goes through /language/<locale> (app/language), which remembers
// the choice and redirects to this page (`from`, the page's own path) in
// that language. Plain <a> (not next/link): a language change swaps the
// whole document.
export function LanguageSwitcher({
  current,
  from,
  label,
  languages,
}: {
  current: Locale
  from: string
  label: string
  languages: { locale: Locale; name: string }[]
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={`/language/${locale}?from=${encodeURIComponent(from)}`}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="block rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline aria-[current=true]:font-semibold aria-[current=true]:text-brand-900 aria-[current=true]:underline"
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
