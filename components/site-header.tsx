import { PageLink } from '@/components/page-link'
import type { ReactNode } from 'react'
import { PrimaryNav, type NavLink } from './primary-nav'

interface SiteHeaderProps {
  homeHref: string
  shortName: string
  tagline: string
  nav: NavLink[]
  navLabel: string
  menuLabel: string
  languageSwitcher: ReactNode
  // The site search form, shown in the top bar beside the languages.
  search?: ReactNode
}

export function SiteHeader({ homeHref, shortName, tagline, nav, navLabel, menuLabel, languageSwitcher, search }: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="bg-brand-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
          {search && <div className="w-full sm:w-80">{search}</div>}
          <div className="ms-auto">{languageSwitcher}</div>
        </div>
      </div>
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <PageLink href={homeHref} className="flex flex-col rounded no-underline">
          <span className="text-2xl font-bold tracking-tight text-brand-900">{shortName}</span>
          <span className="max-w-md text-sm text-slate-700">{tagline}</span>
        </PageLink>
        <PrimaryNav links={nav} label={navLabel} menuLabel={menuLabel} />
      </div>
    </header>
  )
}
