import type { Metadata } from 'next'
import { MemberTable } from '@/components/staff/member-table'
import { allows, requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { listMembers } from '@/lib/db/queries/members'
import { memberStandings } from '@/lib/db/schema'
import { deskMemberFilter } from '@/lib/members/desk-filter'
import { standingLabels } from '@/lib/members/labels'
import { DeskPage } from '../desk-page'

export const metadata: Metadata = { title: 'Members' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MembersDesk({ searchParams }: Props) {
  const staff = await requireStaff('secretariat')
  const raw = await searchParams
  const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
  const filter = deskMemberFilter(params)
  const rows = await listMembers(getDb(), filter)
  const exportQuery = new URLSearchParams(Object.entries({ standing: filter.standing ?? '', q: filter.search ?? '' }).filter(([, v]) => v))
  return (
    <DeskPage staff={staff} title="Members">
      <p className="mt-2 max-w-3xl">
        Members in good standing are listed on the public member list (organisation, kind, country, year they joined; the representative's
        name only with consent), within a minute of a change here. Lapsed and resigned members stay here and leave the public list.
      </p>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <a href="/staff/members/new" className="font-semibold text-brand-800 underline">
          Add a member by hand
        </a>
        {allows(staff, ['admin']) && (
          <a href="/staff/members/officers" className="font-semibold text-brand-800 underline">
            Officers
          </a>
        )}
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" aria-label="Filter members">
        <div>
          <label htmlFor="filter-standing" className="block font-medium">
            Standing
          </label>
          <select
            id="filter-standing"
            name="standing"
            defaultValue={filter.standing ?? ''}
            className="mt-1 rounded border border-slate-400 px-3 py-2"
          >
            <option value="">Any</option>
            {memberStandings.map((s) => (
              <option key={s} value={s}>
                {standingLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-q" className="block font-medium">
            Organisation, name or e-mail
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
        <a href={`/staff/members.csv${exportQuery.size ? `?${exportQuery}` : ''}`} className="py-2 text-brand-800 underline">
          Download these as CSV
        </a>
      </form>
      <MemberTable rows={rows} />
    </DeskPage>
  )
}
