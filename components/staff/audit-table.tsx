import type { AuditRow } from '@/lib/db/queries/audit'

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (!rows.length) return <p className="mt-4">Nothing recorded yet.</p>
  return (
    <table className="mt-4 w-full border-collapse text-left text-sm">
      <caption className="sr-only">Staff actions, newest first</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="py-2 pe-3">
            When (UTC)
          </th>
          <th scope="col" className="py-2 pe-3">
            Who
          </th>
          <th scope="col" className="py-2 pe-3">
            What
          </th>
          <th scope="col" className="py-2">
            On
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200">
            <td className="py-1 pe-3 whitespace-nowrap">{row.at.toISOString().replace('T', ' ').slice(0, 19)}</td>
            <td className="py-1 pe-3">{row.actorEmail ?? '—'}</td>
            <td className="py-1 pe-3">{row.action}</td>
            <td className="py-1">{row.target ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
