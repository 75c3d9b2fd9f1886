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
  // 3 under a content page's sections, 2 right under a page title.
  headingLevel?: 2 | 3
  // Shown instead of the list when there is nothing to list.
  empty?: ReactNode
}

export function WorkingGroupList({ items, topicsLabel, yearsLabel, colon, headingLevel = 3, empty }: WorkingGroupListProps) {
  if (items.length === 0) return empty ? <div className="mt-6">{empty}</div> : null
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.href} lang={item.lang} dir={item.dir} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <Heading className="text-lg font-semibold">
            <PageLink href={item.href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {item.title}
            </PageLink>
          </Heading>
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
