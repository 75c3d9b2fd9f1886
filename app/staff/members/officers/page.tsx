import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { gnsoCouncillorSeats, listMembers, listOfficers } from '@/lib/db/queries/members'
import { officerRoleLabels } from '@/lib/members/labels'
import { MAX_OFFICERS, officerRoles, seatsOf, servingAndPast, utcToday } from '@/lib/members/officers'
import { DeskPage } from '../../desk-page'
import { assign, setSeats, unassign } from '../actions'

export const metadata: Metadata = { title: 'Officers' }

type Props = { searchParams: Promise<{ done?: string }> }

const MESSAGES: Record<string, [ok: boolean, text: string]> = {
  assigned: [true, 'Officer assigned. The structure page shows current officers within a minute.'],
  removed: [true, 'Officer entry removed.'],
  seats: [true, 'Number of GNSO Council seats saved.'],
  'seats-invalid': [false, `The GNSO Council seats must be a whole number from 1 to ${MAX_OFFICERS}.`],
  incomplete: [false, 'Choose a member, a role, and the first and last day of the term.'],
  'term-order': [false, 'Refused: the term ends before it starts.'],
  'role-full': [false, 'Refused: every seat of this role is taken during that term. End or remove an earlier entry first.'],
  'too-many': [false, `Refused: the constituency would have more than ${MAX_OFFICERS} officers at once during that term.`],
  'no-member': [false, 'Refused: there is no such member.'],
  'not-in-good-standing': [false, 'Refused: only a member in good standing can hold an office.'],
  'no-representative': [false, 'Refused: this member has no representative recorded.'],
}

const button = 'rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900'
const control = 'mt-1 block rounded border border-slate-400 px-3 py-2'

// The officers (admins only): at most five at once, as the constituency's
// structure says, and no more per role than its seats.
export default async function OfficersDesk({ searchParams }: Props) {
  const staff = await requireStaff('admin')
  const db = getDb()
  const [officers, seats, members, { done }] = await Promise.all([
    listOfficers(db),
    gnsoCouncillorSeats(db),
    listMembers(db, { standing: 'good-standing' }),
    searchParams,
  ])
  const { current } = servingAndPast(officers, utcToday())
  const message = done ? MESSAGES[done] : undefined
  const eligible = members.filter((m) => m.representative)
  return (
    <DeskPage staff={staff} title="Officers">
      <p className="mt-2">
        <a href="/staff/members" className="text-brand-800 underline">
          Members
        </a>
      </p>
      {message && (
        <p
          role={message[0] ? 'status' : 'alert'}
          className={`mt-4 rounded border p-3 ${message[0] ? 'border-green-800 bg-green-50' : 'border-red-800 bg-red-50 text-red-900'}`}
        >
          {message[1]}
        </p>
      )}
      <p className="mt-4 max-w-3xl">
        {`${current.length} of at most ${MAX_OFFICERS} officers serve today. Seats: ${officerRoles
          .map((role) => `${officerRoleLabels[role]} ${seatsOf(role, seats)}`)
          .join(', ')}. The structure page lists current officers (role, name, organisation, term) and previous ones.`}
      </p>

      <h2 id="assign-heading" className="mt-8 text-xl font-semibold">
        Assign an officer
      </h2>
      {eligible.length === 0 ? (
        <p className="mt-2">No member in good standing with a representative yet.</p>
      ) : (
        <ActionForm
          action={assign}
          permalink="/staff/members/officers"
          className="mt-2 grid max-w-xl gap-4"
          aria-labelledby="assign-heading"
        >
          <div>
            <label htmlFor="officer-member" className="block font-medium">
              Member's representative (their name, organisation and term are published on the structure page)
            </label>
            <select id="officer-member" name="member" required className={`${control} w-full`}>
              <option value="">Choose a member</option>
              {eligible.map((m) => (
                <option key={m.id} value={m.id}>
                  {`${m.representative} (${m.organisation})`}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="officer-role" className="block font-medium">
              Role
            </label>
            <select id="officer-role" name="role" required className={`${control} w-full`}>
              <option value="">Choose a role</option>
              {officerRoles.map((role) => (
                <option key={role} value={role}>
                  {officerRoleLabels[role]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap gap-4">
            <div>
              <label htmlFor="officer-start" className="block font-medium">
                Term starts
              </label>
              <input id="officer-start" name="termStart" type="date" required className={control} />
            </div>
            <div>
              <label htmlFor="officer-end" className="block font-medium">
                Term ends
              </label>
              <input id="officer-end" name="termEnd" type="date" required className={control} />
            </div>
          </div>
          <div>
            <button type="submit" className={button}>
              Assign
            </button>
          </div>
        </ActionForm>
      )}

      <h2 className="mt-10 text-xl font-semibold">All officer entries</h2>
      {officers.length === 0 ? (
        <p className="mt-2">None yet: the structure page says the officers are not listed yet.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {officers.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-300 p-3">
              <span>
                {officerRoleLabels[o.role]}: <bdi>{o.holder}</bdi> (<bdi>{o.organisation}</bdi>), {o.termStart} to {o.termEnd}
              </span>
              <ActionForm action={unassign} permalink="/staff/members/officers">
                <input type="hidden" name="id" value={o.id} />
                <button type="submit" className="rounded border border-red-800 px-3 py-1 text-sm text-red-900">
                  {`Remove entry ${o.id}`}
                </button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-10 text-xl font-semibold">GNSO Council seats</h2>
      <p className="mt-1 max-w-3xl">The sources say "member(s)" without a number: set how many the constituency holds (default 2).</p>
      <ActionForm action={setSeats} permalink="/staff/members/officers" className="mt-2 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="seats" className="block font-medium">
            Seats on the GNSO Council
          </label>
          <input id="seats" name="seats" type="number" min={1} max={MAX_OFFICERS} defaultValue={seats} required className={control} />
        </div>
        <button type="submit" className={button}>
          Save seats
        </button>
      </ActionForm>
    </DeskPage>
  )
}
