import { PageLink } from '@/components/page-link'
import type { WorkingGroupSummary } from '@/lib/views'
import type { ReactNode } from 'react'
import { StatusBadge } from './status-badge'

interface WorkingGroupListProps {
  items: WorkingGroupSummary[]
  topicsLabel: string
  yearsLabel?: string
  // ": ", "：" or " : ": the page language's own.
  colon: string
  // Shown instead of the list when there is nothing to list.
  empty?: ReactNode
}

// Each group's name is an h2: the list comes right under the page's title,
// before any section of text (a skipped level is invalid HTML and confuses
// screen-reader navigation by headings).
export function WorkingGroupList({ items, topicsLabel, yearsLabel, colon, empty }: WorkingGroupListProps) {
  if (items.length === 0) return empty ? <div className="mt-6">{empty}</div> : null
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.href} lang={item.lang} dir={item.dir} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-semibold">
            <PageLink href={item.href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {item.title}
            </PageLink>
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <StatusBadge status={item.status} />
            {item.years && (
              <span className="text-sm text-slate-700">
                {yearsLabel && (
                  <span className="font-medium">
                    {yearsLabel}
                    {colon}
                  </span>
                )}
                {item.years}
              </span>
            )}
          </p>
          {item.call && <p className="mt-2 font-semibold text-brand-900">{item.call}</p>}
          <p className="mt-2 text-slate-800">{item.summary}</p>
          <p className="mt-2 text-sm text-slate-700">
            <span className="font-medium">
              {topicsLabel}
              {colon}
            </span>
            {item.topics}
          </p>
        </li>
      ))}
    </ul>
  )
}
