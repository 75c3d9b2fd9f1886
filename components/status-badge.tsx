import type { GroupStatus } from '@/lib/working-group-filter'

export function StatusBadge({ status, label }: { status: GroupStatus; label: string }) {
  const tone = status === 'current' ? 'bg-emerald-100 text-emerald-900' : 'bg-slate-200 text-slate-800'
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${tone}`}>{label}</span>
}
