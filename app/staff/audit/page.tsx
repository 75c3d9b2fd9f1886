import type { Metadata } from 'next'
import { AuditTable } from '@/components/staff/audit-table'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { AUDIT_PAGE_SIZE, listAudit } from '@/lib/db/queries/audit'
import { DeskPage } from '../desk-page'

export const metadata: Metadata = { title: 'Audit log' }

type Props = { searchParams: Promise<{ before?: string }> }

export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaff('admin')
  const before = Number((await searchParams).before)
  const rows = await listAudit(getDb(), { before: Number.isSafeInteger(before) && before > 0 ? before : undefined })
  const last = rows.at(-1)
  return (
    <DeskPage staff={staff} title="Audit log">
      <p className="mt-2">
        Every sign-in, sign-out, decision, export and account change. Entries cannot be changed or removed.{' '}
        <a href="/staff/audit.csv" className="text-brand-800 underline">
          Download as CSV
        </a>
      </p>
      <AuditTable rows={rows} />
      {last && rows.length === AUDIT_PAGE_SIZE && (
        <p className="mt-4">
          <a href={`/staff/audit?before=${last.id}`} className="text-brand-800 underline">
            Older entries
          </a>
        </p>
      )}
    </DeskPage>
  )
}
