import type { StatusView } from '@/lib/views'

// The status, with its date; a status no source has confirmed for a long
// time says so instead of passing for today's fact.
export function StatusBadge({ status, withDate = true }: { status: StatusView; withDate?: boolean }) {
  const tone = status.value === 'current' && !status.stale ? 'bg-emerald-100 text-emerald-900' : 'bg-slate-200 text-slate-800'
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${tone}`}>{status.label}</span>
      {withDate && <span className="text-sm text-slate-700">{status.asOf}</span>}
      {status.stale && <span className="text-sm font-medium text-amber-900">{status.stale}</span>}
    </span>
  )
}
