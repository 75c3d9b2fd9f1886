import { randomBytes } from 'node:crypto'
import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { requireStaff } from '@/lib/auth/staff'
import { applicationFacts, type Fact, statusLabels } from '@/lib/application-facts'
import { englishLanguageName } from '@/lib/i18n/config'
import { eligibilityCheck } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import { APPLICATION_NOTE_MAX_LENGTH, applicationNotes, getApplication } from '@/lib/db/queries/applications'
import { memberOfApplication } from '@/lib/db/queries/members'
import { listOutbox } from '@/lib/db/queries/outbox'
import { applicationStatuses } from '@/lib/db/schema'
import { DeskPage } from '../../desk-page'
import { admit } from '../../members/actions'
import { addNote, changeStatus, remove, sendDecision } from '../actions'

export const metadata: Metadata = { title: 'Application' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }

const MESSAGES: Record<string, string> = {
  status: 'Status changed.',
  note: 'Note saved.',
  'note-invalid': 'A note needs between 1 and 4000 characters of plain text (no control characters).',
  decision: 'Decision e-mail queued (and sent if mail is configured).',
  'no-decision': 'There is no decision yet: set the status to Accepted or Declined first.',
  'confirm-delete': 'Tick the confirmation to delete.',
  invalid: 'That status does not exist.',
  'not-accepted': 'Only an accepted application can be admitted: set the status to Accepted first.',
}

const utc = (d: Date) => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`
// A disabled button looks it: grey, no hover, a not-allowed cursor.
const button =
  'rounded bg-brand-800 px-4 py-2 font-semibold text-white enabled:hover:bg-brand-900 disabled:cursor-not-allowed disabled:border disabled:border-slate-400 disabled:bg-slate-100 disabled:text-slate-600'

export default async function ApplicationPage({ params, searchParams }: Props) {
  const staff = await requireStaff('secretariat')
  const id = Number((await params).id)
  const db = getDb()
  const application = Number.isSafeInteger(id) && id > 0 ? await getApplication(db, id) : undefined
  if (!application) {
    return (
      <DeskPage staff={staff} title="Application not found">
        <p className="mt-4">
          <a href="/staff/applications" className="text-brand-800 underline">
            All applications
          </a>
        </p>
      </DeskPage>
    )
  }
  const [notes, mails, admitted, { done }] = await Promise.all([
    applicationNotes(db, id),
    listOutbox(db, { applicationId: id }),
    memberOfApplication(db, id),
    searchParams,
  ])
  const a = application
  const here = `/staff/applications/${a.id}`
  const facts: Fact[] = [
    ['Status', statusLabels[a.status]],
    ['Received', utc(a.createdAt)],
    ...applicationFacts(a, eligibilityCheck('en')?.criteria ?? []),
  ]
  const decided = a.status === 'accepted' || a.status === 'declined'
  return (
    <DeskPage staff={staff} title={`Application ${a.reference}`}>
      <p className="mt-2">
        <a href="/staff/applications" className="text-brand-800 underline">
          All applications
        </a>
      </p>
      {done && MESSAGES[done] && (
        <p role="status" className="mt-4 rounded border border-slate-600 bg-slate-50 p-3">
          {MESSAGES[done]}
        </p>
      )}
      <dl className="mt-6 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2 max-sm:grid-cols-1">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold max-sm:mt-2">{term}</dt>
            <dd dir="auto">
              {Array.isArray(value) ? (
                <ul className="list-disc ps-5">
                  {value.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-xl font-semibold">Statement</h2>
      <p dir="auto" className="mt-2 whitespace-pre-wrap rounded border border-slate-300 p-3">
        {a.statement}
      </p>

      <h2 className="mt-8 text-xl font-semibold">Status</h2>
      <ActionForm action={changeStatus} permalink={here} className="mt-2 flex flex-wrap items-end gap-3">
        <input type="hidden" name="id" value={a.id} />
        <div>
          <label htmlFor="status" className="block font-medium">
            New status
          </label>
          <select id="status" name="status" defaultValue={a.status} className="mt-1 rounded border border-slate-400 px-3 py-2">
            {applicationStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={button}>
          Change status
        </button>
      </ActionForm>

      <h2 className="mt-8 text-xl font-semibold">Decision e-mail</h2>
      {/* Until there is a decision the button is disabled, and says why. */}
      <p id="decision-mail-note" className="mt-1">
        {decided
          ? `Sends the ${a.status === 'declined' ? 'decline' : 'acceptance'} message in the applicant's language (${englishLanguageName(a.locale)}) to ${a.email}, once per decision.`
          : `Not available yet: there is no decision. Set the status to ${statusLabels.accepted} or ${statusLabels.declined} above first (it is ${statusLabels[a.status]}).`}
      </p>
      <ActionForm action={sendDecision} permalink={here} className="mt-2">
        <input type="hidden" name="id" value={a.id} />
        <button type="submit" className={button} disabled={!decided} aria-describedby="decision-mail-note">
          Send the decision e-mail
        </button>
      </ActionForm>

      <h2 className="mt-8 text-xl font-semibold">Membership</h2>
      {admitted ? (
        <p className="mt-1">
          Admitted:{' '}
          <a href={`/staff/members/${admitted.id}`} className="text-brand-800 underline">
            the member record
          </a>
          .
        </p>
      ) : (
        <>
          <p id="admit-note" className="mt-1">
            {a.status === 'accepted'
              ? `Makes the organisation a member in good standing from today; its representative's name is listed publicly only if the applicant consented (${a.listRepresentative ? 'they did' : 'they did not'}).`
              : `Not available yet: only an accepted application can be admitted (it is ${statusLabels[a.status]}).`}
          </p>
          <ActionForm action={admit} permalink={here} className="mt-2">
            <input type="hidden" name="id" value={a.id} />
            <button type="submit" className={button} disabled={a.status !== 'accepted'} aria-describedby="admit-note">
              Admit as member
            </button>
          </ActionForm>
        </>
      )}

      <h2 className="mt-8 text-xl font-semibold">Mail</h2>
      {mails.length ? (
        <ul className="mt-2 space-y-1">
          {mails.map((m) => (
            <li key={m.id}>
              {m.subject} — to {m.recipient ?? 'the Secretariat'}:{' '}
              {m.sentAt
                ? `sent ${utc(m.sentAt)}`
                : `waiting (${m.attempts} attempt${m.attempts === 1 ? '' : 's'}${m.lastError ? `, last error: ${m.lastError}` : ''})`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">None.</p>
      )}

      <h2 id="note-heading" className="mt-8 text-xl font-semibold">
        Notes
      </h2>
      <ul className="mt-2 space-y-3">
        {notes.map((n) => (
          <li key={n.id} className="rounded border border-slate-300 p-3">
            <p className="text-sm text-slate-700">
              {n.authorEmail}, {utc(n.createdAt)}
            </p>
            <p className="mt-1 whitespace-pre-wrap">{n.body}</p>
          </li>
        ))}
      </ul>
      <ActionForm action={addNote} permalink={here} className="mt-4 max-w-xl" aria-labelledby="note-heading">
        <input type="hidden" name="id" value={a.id} />
        <input type="hidden" name="requestKey" value={randomBytes(18).toString('base64url')} />
        <label htmlFor="note-body" className="block font-medium">
          Add a note
        </label>
        <textarea
          id="note-body"
          name="body"
          rows={4}
          maxLength={APPLICATION_NOTE_MAX_LENGTH}
          required
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
        <button type="submit" className={`mt-2 ${button}`}>
          Save note
        </button>
      </ActionForm>

      <h2 className="mt-8 text-xl font-semibold">Delete on request</h2>
      <ActionForm action={remove} permalink={here} className="mt-2">
        <input type="hidden" name="id" value={a.id} />
        <div className="flex items-center gap-2">
          <input type="checkbox" id="confirm-delete" name="confirm" value="yes" className="size-5" />
          <label htmlFor="confirm-delete">
            Delete this application, its notes and its mails for good (the audit log keeps the reference only)
          </label>
        </div>
        <button type="submit" className="mt-2 rounded border border-red-800 px-4 py-2 font-semibold text-red-900">
          Delete
        </button>
      </ActionForm>
    </DeskPage>
  )
}
