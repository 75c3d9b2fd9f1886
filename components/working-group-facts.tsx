import type { StatusView } from '@/lib/views'
import { StatusBadge } from './status-badge'

interface Fact {
  label: string
  value: React.ReactNode
}

interface WorkingGroupFactsProps {
  status: StatusView
  labels: { status: string; source: string; years: string; topics: string; link: string }
  years?: string
  // Already joined the way the page's language lists things.
  topics: string
  link?: string
}

// The same summary block on every working-group page, from front matter:
// what is known, as of when, and who said so.
export function WorkingGroupFacts({ status, labels, years, topics, link }: WorkingGroupFactsProps) {
  const source = status.sourceUrl ? (
    <a href={status.sourceUrl} className="text-brand-800 underline">
      {status.source}
    </a>
  ) : (
    status.source
  )
  const facts: Fact[] = [
    { label: labels.status, value: <StatusBadge status={status} withDate={false} /> },
    {
      label: labels.source,
      value: (
        <>
          {status.asOf} · {source}
        </>
      ),
    },
    ...(years ? [{ label: labels.years, value: years }] : []),
    { label: labels.topics, value: topics },
    ...(link
      ? [
          {
            label: labels.link,
            value: (
              <a href={link} className="text-brand-800 underline">
                {new URL(link).hostname}
              </a>
            ),
          },
        ]
      : []),
  ]
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 p-4">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-medium text-slate-700">{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
