import { PageLink } from '@/components/page-link'

export interface Crumb {
  href: string
  label: string
}

// The way back up from a page below a section: Home › Working groups ›
// this page. The last crumb is the page itself, not a link.
interface BreadcrumbsProps {
  label: string
  trail: Crumb[]
  current: string
  // Set when the page's title is in another language (an English original).
  lang?: string
  dir?: 'ltr' | 'rtl'
}

export function Breadcrumbs({ label, trail, current, lang, dir }: BreadcrumbsProps) {
  return (
    <nav aria-label={label} className="mb-4 text-sm text-slate-700">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-x-2">
            <PageLink href={crumb.href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {crumb.label}
            </PageLink>
            <span aria-hidden="true" className="text-slate-500 rtl:-scale-x-100">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" lang={lang} dir={dir} className="font-medium text-slate-800">
          {current}
        </li>
      </ol>
    </nav>
  )
}
