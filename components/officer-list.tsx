import type { OfficerView } from '@/lib/members/views'

interface OfficerListProps {
  officers: OfficerView[]
  roles: Record<OfficerView['role'], string>
  term: (start: string, end: string) => string
}

// Each officer: the role, the person and their organisation, the term.
export function OfficerList({ officers, roles, term }: OfficerListProps) {
  return (
    <ul className="mt-4 space-y-3">
      {officers.map((o) => (
        <li key={o.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="font-semibold text-brand-900">{roles[o.role]}</p>
          <p className="mt-1">
            <bdi>{o.holder}</bdi> · <bdi>{o.organisation}</bdi>
          </p>
          <p className="mt-1 text-sm text-slate-700">{term(o.start, o.end)}</p>
        </li>
      ))}
    </ul>
  )
}
