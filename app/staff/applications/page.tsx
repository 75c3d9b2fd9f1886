import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { statusLabels } from '@/lib/application-facts'
import { ApplicationTable } from '@/components/staff/application-table'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { applicationFilter } from '@/lib/db/queries/application-filter'
import { listApplications } from '@/lib/db/queries/applications'
import { unsentCount } from '@/lib/db/queries/outbox'
import { applicationStatuses } from '@/lib/db/schema'
import { mailSettings } from '@/lib/mail/deliver'
import { DeskPage } from '../desk-page'
import { sendWaitingMail } from './actions'

export const metadata: Metadata = { title: 'Applications' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ApplicationsPage({ searchParams }: Props) {
  const staff = await requireStaff('secretariat')
  const raw = await searchParams
  const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
  const filter = applicationFilter(params)
  const db = getDb()
  const [rows, waiting] = await Promise.all([listApplications(db, filter), unsentCount(db)])
  const exportQuery = new URLSearchParams(Object.entries({ status: filter.status ?? '', q: filter.search ?? '' }).filter(([, v]) => v))
  const done = typeof raw.done === 'string' ? raw.done : undefined
  return (
    <DeskPage staff={staff} title="Membership applications">
      {done && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          {done === 'deleted' ? 'Application deleted.' : `Outbox: ${done.replace(/-/g, ' ')}.`}
        </p>
      )}
      <section aria-labelledby="outbox-heading" className="mt-6 rounded border border-slate-300 p-4">
        <h2 id="outbox-heading" className="text-lg font-semibold">
          Outbox
        </h2>
        <p className="mt-1">
          {waiting} message{waiting === 1 ? '' : 's'} waiting.{' '}
          {mailSettings()
            ? 'They are sent every minute; failed ones are retried.'
            : 'Mail is not configured (SMTP_URL and SECRETARIAT_EMAIL): messages wait here until it is.'}
        </p>
        {waiting > 0 && mailSettings() && (
          <ActionForm action={sendWaitingMail} permalink="/staff/applications" className="mt-2">
            <button type="submit" className="rounded border border-brand-800 px-3 py-1 text-brand-900">
              Send waiting messages now
            </button>
          </ActionForm>
        )}
      </section>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" aria-label="Filter applications">
        <div>
          <label htmlFor="filter-status" className="block font-medium">
            Status
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={filter.status ?? ''}
            className="mt-1 rounded border border-slate-400 px-3 py-2"
          >
            <option value="">Any</option>
            {applicationStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-q" className="block font-medium">
            Organisation, reference, name or e-mail
          </label>
          <input
            id="filter-q"
            name="q"
            defaultValue={filter.search ?? ''}
            maxLength={200}
            className="mt-1 rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          Filter
        </button>
        <a href={`/staff/applications.csv${exportQuery.size ? `?${exportQuery}` : ''}`} className="py-2 text-brand-800 underline">
          Download these as CSV
        </a>
      </form>
      <ApplicationTable rows={rows} />
    </DeskPage>
  )
}
