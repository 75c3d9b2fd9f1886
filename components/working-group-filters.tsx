import { PageLink } from '@/components/page-link'
import type { FilterLink, FilterLinks } from '@/lib/working-group-filter'

interface WorkingGroupFiltersProps {
  // The nav's accessible name, e.g. "Filter working groups".
  label: string
  statusLabel: string
  topicLabel: string
  // Left out on the list of open calls, which no status or topic describes.
  links?: FilterLinks
  // Every group or those looking for participants (when any group has a call).
  calls?: { label: string; links: FilterLink[] }
  // 'page' where the active links lead to this very page (the filter
  // pages); 'true' where they only match what is shown (the index page).
  currentAs?: 'page' | 'true'
}

function FilterRow({ id, heading, links, currentAs }: { id: string; heading: string; links: FilterLink[]; currentAs: 'page' | 'true' }) {
  return (
    <div className="mt-3 first:mt-0">
      <p id={id} className="text-sm font-semibold text-slate-800">
        {heading}
      </p>
      <ul aria-labelledby={id} className="mt-2 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <PageLink
              href={link.href}
              aria-current={link.current ? currentAs : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm underline-offset-4 hover:underline ${
                link.current
                  ? 'border-brand-800 bg-brand-800 font-semibold text-white'
                  : 'border-slate-300 bg-white text-brand-800 hover:border-brand-600'
              }`}
            >
              {link.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </div>
  )
}

// Plain links to pre-rendered filter pages: works without JavaScript, and
// next/link turns them into client-side navigation when it runs.
export function WorkingGroupFilters({ label, statusLabel, topicLabel, links, calls, currentAs = 'page' }: WorkingGroupFiltersProps) {
  return (
    <nav aria-label={label} className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-4">
      {links && <FilterRow id="wg-filter-status" heading={statusLabel} links={links.status} currentAs={currentAs} />}
      {links && <FilterRow id="wg-filter-topic" heading={topicLabel} links={links.topic} currentAs={currentAs} />}
      {calls && <FilterRow id="wg-filter-calls" heading={calls.label} links={calls.links} currentAs={currentAs} />}
    </nav>
  )
}
