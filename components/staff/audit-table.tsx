import type { AuditRow } from '@/lib/db/queries/audit'
import { StaffTable } from './staff-table'

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <StaffTable
      caption="Staff actions, newest first"
      empty="Nothing recorded yet."
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: 'When (UTC)', nowrap: true, cell: (row) => row.at.toISOString().replace('T', ' ').slice(0, 19) },
        { header: 'Who', cell: (row) => row.actorEmail ?? '—' },
        { header: 'What', cell: (row) => row.action },
        { header: 'On', cell: (row) => row.target ?? '' },
      ]}
    />
  )
}
