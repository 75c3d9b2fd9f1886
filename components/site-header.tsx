import type { ReactNode } from 'react'
import { PageLink } from '@/components/page-link'
import { LogoMark } from './logo-mark'

interface SiteHeaderProps {
  homeHref: string
  shortName: string
  tagline: string
  nav: ReactNode
  menuLabel: string
  languageLabel: string
  // The current language's name, shown on the folded language list.
  languageName: string
  languageSwitcher: ReactNode
  searchLabel: string
  search: ReactNode
}

// On a phone the header is one row, the site's name and three folds (menu,
// language, search) that open in place, so the page heading shows on the
// first screen; the folds wrap below the name where a language's words do
// not fit beside it. From md up, the same folds stand open as plain rows
// (`fold` in globals.css): one element each, so each list is in the page
// once. The folds are <details>: they open without JavaScript, and every
// page load (reading pages ship none) starts with them closed.
export function SiteHeader(props: SiteHeaderProps) {
  const { homeHref, shortName, tagline, nav, menuLabel, languageLabel, languageName, languageSwitcher, searchLabel, search } = props
  const summary =
    'flex cursor-pointer list-none items-center gap-1 rounded border border-brand-700 px-2.5 py-1.5 text-sm font-medium text-brand-900 marker:hidden md:hidden'
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 md:grid md:grid-cols-[1fr_auto_auto] md:gap-x-6 md:py-3">
        <PageLink href={homeHref} className="flex items-center gap-3 rounded no-underline">
          <LogoMark className="size-9 shrink-0 md:size-12" />
          <span className="flex flex-col">
            <span className="text-xl font-bold tracking-tight text-brand-900 md:text-2xl">{shortName}</span>
            <span className="hidden max-w-sm text-sm text-slate-700 md:block">{tagline}</span>
          </span>
        </PageLink>
        <div className="ms-auto flex items-center justify-end gap-2 md:contents">
          <details className="fold md:col-start-2 md:row-start-1 md:justify-self-end">
            <summary className={summary} aria-label={`${languageLabel}: ${languageName}`}>
              <span aria-hidden="true">{languageName}</span>
            </summary>
            <div className="fold-panel">{languageSwitcher}</div>
          </details>
          <details className="fold md:col-start-3 md:row-start-1">
            <summary className={summary}>{searchLabel}</summary>
            <div className="fold-panel md:w-72">{search}</div>
          </details>
          <details className="fold md:col-span-3 md:row-start-2 md:border-t md:border-slate-200 md:pt-2">
            <summary className={summary}>{menuLabel}</summary>
            <div className="fold-panel">{nav}</div>
          </details>
        </div>
      </div>
    </header>
  )
}
