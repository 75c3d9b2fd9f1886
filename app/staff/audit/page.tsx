import type { Metadata } from 'next'
import { AuditTable } from '@/components/staff/audit-table'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { AUDIT_PAGE_SIZE, listAudit } from '@/lib/db/queries/audit'
import { unknownAccountFailures } from '@/lib/db/queries/sign-in-failures'
import { EmailSearchForm } from '@/components/staff/email-search-form'
import { DeskPage } from '../desk-page'
import { searchAudit } from './actions'

export const metadata: Metadata = { title: 'Audit log' }

type Props = { searchParams: Promise<{ before?: string; target?: string }> }

const HASHED_ADDRESS = /^email-hash:[A-Za-z0-9_-]{43}$/

export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaff('admin')
  const query = await searchParams
  const before = Number(query.before)
  const target = query.target && HASHED_ADDRESS.test(query.target) ? query.target : undefined
  const rows = await listAudit(getDb(), { before: Number.isSafeInteger(before) && before > 0 ? before : undefined, target })
  const unknown = await unknownAccountFailures(getDb())
  const last = rows.at(-1)
  return (
    <DeskPage staff={staff} title="Audit log">
      <p className="mt-2">
        Every sign-in, sign-out, decision, export and account change. Entries cannot be changed or removed.{' '}
        <a href="/staff/audit.csv" className="text-brand-800 underline">
          Download as CSV
        </a>
      </p>
      <EmailSearchForm action={searchAudit} label="Entries about an e-mail address" submit="Search the log" permalink="/staff/audit" />
      {target && (
        <p role="status" className="mt-4">
          Entries about that address only.{' '}
          <a href="/staff/audit" className="text-brand-800 underline">
            Show every entry
          </a>
        </p>
      )}
      {unknown.length > 0 && (
        <p className="mt-4">
          Failed sign-ins with an address that has no account, last 24 hours (counted, not logged one by one):{' '}
          {unknown.map((u) => `${u.hour.replace('T', ' ')} ${u.failures}`).join(' · ')}
        </p>
      )}
      <AuditTable rows={rows} />
      {last && rows.length === AUDIT_PAGE_SIZE && (
        <p className="mt-4">
          <a
            href={`/staff/audit?before=${last.id}${target ? `&target=${encodeURIComponent(target)}` : ''}`}
            className="text-brand-800 underline"
          >
            Older entries
          </a>
        </p>
      )}
    </DeskPage>
  )
}
