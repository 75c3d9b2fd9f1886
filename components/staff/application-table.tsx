import type { Application } from '@/lib/db/queries/applications'

const day = (d: Date) => d.toISOString().slice(0, 10)

export function ApplicationTable({ rows }: { rows: Application[] }) {
  if (!rows.length) return <p className="mt-4">No applications match.</p>
  return (
    <table className="mt-4 w-full border-collapse text-left text-sm">
      <caption className="sr-only">Membership applications, newest first</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="py-2 pe-3">
            Reference
          </th>
          <th scope="col" className="py-2 pe-3">
            Received
          </th>
          <th scope="col" className="py-2 pe-3">
            Organisation
          </th>
          <th scope="col" className="py-2 pe-3">
            Country
          </th>
          <th scope="col" className="py-2">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} className="border-b border-slate-200">
            <td className="py-1 pe-3 whitespace-nowrap">
              <a href={`/staff/applications/${a.id}`} className="text-brand-800 underline">
                {a.reference}
              </a>
            </td>
            <td className="py-1 pe-3 whitespace-nowrap">{day(a.createdAt)}</td>
            <td className="py-1 pe-3" dir="auto">
              {a.organisation}
            </td>
            <td className="py-1 pe-3">{a.country}</td>
            <td className="py-1">{a.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
