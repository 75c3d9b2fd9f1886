import Link from 'next/link'
import { StatusBadge } from './status-badge'

export interface WorkingGroupSummary {
  href: string
  title: string
  summary: string
  status: 'current' | 'past'
  statusLabel: string
  topics: string[]
  lang?: string
  dir?: 'ltr' | 'rtl'
}

export function WorkingGroupList({ items, topicsLabel }: { items: WorkingGroupSummary[]; topicsLabel: string }) {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.href} lang={item.lang} dir={item.dir} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h3 className="text-lg font-semibold">
            <Link href={item.href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {item.title}
            </Link>
          </h3>
          <p className="mt-1">
            <StatusBadge status={item.status} label={item.statusLabel} />
          </p>
          <p className="mt-2 text-slate-800">{item.summary}</p>
          <p className="mt-2 text-sm text-slate-700">
            <span className="font-medium">{topicsLabel}:</span> {item.topics.join(', ')}
          </p>
        </li>
      ))}
    </ul>
  )
}
