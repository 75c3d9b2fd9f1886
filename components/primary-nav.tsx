import { PageLink } from '@/components/page-link'

export interface NavLink {
  href: string
  label: string
}

// Where the visitor is: the link to this very page is the current page;
// the section a deeper page belongs to (a working group under "Working
// groups") is marked too. `current` is the page's own path, which the
// header slot (app/[locale]/@header) knows on the server.
function currentness(current: string, href: string, home: string): 'page' | 'true' | undefined {
  if (current === href) return 'page'
  if (href !== home && current.startsWith(`${href}/`)) return 'true'
  return undefined
}

export function PrimaryNav({ links, label, homeHref, current }: { links: NavLink[]; label: string; homeHref: string; current: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-col gap-1 md:-ms-3 md:flex-row md:flex-wrap">
        {links.map((link) => (
          <li key={link.href}>
            <PageLink
              href={link.href}
              aria-current={currentness(current, link.href, homeHref)}
              className="block rounded px-3 py-2 font-medium text-brand-900 underline-offset-8 hover:bg-brand-50 hover:underline aria-[current]:bg-brand-50 aria-[current]:underline aria-[current]:decoration-2"
            >
              {link.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
