import type { AuditRow } from '@/lib/db/queries/audit'
import { StaffTable } from './staff-table'

// The entry's details as the CSV holds them (a status change's from and
// to, an export's filter, a rejection's reason), one "key: value" each.
function details(detail: AuditRow['detail']): string {
  return Object.entries(detail ?? {})
    .map(
      ([key, value]) =>
        `${key}: ${Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join('; ')
}

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
        { header: 'On', cell: (row) => row.target ?? '—' },
        { header: 'Details', autoDirection: true, cell: (row) => details(row.detail) || '—' },
      ]}
    />
  )
}
