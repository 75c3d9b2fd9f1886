import { countryName } from '@/lib/countries'
import type { MemberRow } from '@/lib/db/queries/members'
import { standingLabels } from '@/lib/members/labels'
import { StaffTable } from './staff-table'

export function MemberTable({ rows }: { rows: MemberRow[] }) {
  return (
    <StaffTable
      caption="Members, by organisation"
      empty="No members match."
      rows={rows}
      rowKey={(m) => m.id}
      columns={[
        {
          header: 'Organisation',
          autoDirection: true,
          cell: (m) => (
            <a href={`/staff/members/${m.id}`} className="text-brand-800 underline">
              {m.organisation}
            </a>
          ),
        },
        { header: 'Country', cell: (m) => countryName(m.country, 'en') },
        { header: 'Member since', nowrap: true, cell: (m) => m.memberSince },
        { header: 'Standing', cell: (m) => standingLabels[m.standing] },
        {
          header: 'Representative',
          autoDirection: true,
          cell: (m) => (m.representative ? `${m.representative}${m.listRepresentative ? ' (listed)' : ''}` : 'not recorded'),
        },
      ]}
    />
  )
}
