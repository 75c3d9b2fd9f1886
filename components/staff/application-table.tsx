import { statusLabels } from '@/lib/application-facts'
import { countryName } from '@/lib/countries'
import type { Application } from '@/lib/db/queries/applications'
import { StaffTable } from './staff-table'

export function ApplicationTable({ rows }: { rows: Application[] }) {
  return (
    <StaffTable
      caption="Membership applications, newest first"
      empty="No applications match."
      rows={rows}
      rowKey={(a) => a.id}
      columns={[
        {
          header: 'Reference',
          nowrap: true,
          cell: (a) => (
            <a href={`/staff/applications/${a.id}`} className="text-brand-800 underline">
              {a.reference}
            </a>
          ),
        },
        { header: 'Received', nowrap: true, cell: (a) => a.createdAt.toISOString().slice(0, 10) },
        { header: 'Organisation', autoDirection: true, cell: (a) => a.organisation },
        { header: 'Country', cell: (a) => countryName(a.country, 'en') },
        { header: 'Status', cell: (a) => statusLabels[a.status] },
      ]}
    />
  )
}
