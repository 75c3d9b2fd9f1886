import { PageLink } from '@/components/page-link'

export interface NavLink {
  href: string
  label: string
}

// Two renderings of one list, one visible at a time: a <details> menu on
// narrow screens (opens without JavaScript) and a plain row on wide ones.
export function PrimaryNav({ links, label, menuLabel }: { links: NavLink[]; label: string; menuLabel: string }) {
  const items = links.map((link) => (
    <li key={link.href}>
      <PageLink href={link.href} className="block rounded px-3 py-2 font-medium text-brand-900 hover:bg-brand-50 hover:underline">
        {link.label}
      </PageLink>
    </li>
  ))
  return (
    <>
      <details className="group md:hidden">
        <summary className="cursor-pointer list-none rounded border border-brand-700 px-3 py-2 font-medium text-brand-900 marker:hidden">
          {menuLabel}
        </summary>
        <nav aria-label={label} className="absolute inset-x-0 z-40 mt-2 border-b border-slate-200 bg-white px-4 py-2 shadow-md">
          <ul>{items}</ul>
        </nav>
      </details>
      <nav aria-label={label} className="hidden md:block">
        <ul className="flex flex-wrap gap-1">{items}</ul>
      </nav>
    </>
  )
}
