import { ActionForm } from '@/components/forms/action-form'
import type { PersonalData } from '@/lib/db/queries/privacy'
import { officerRoleLabels } from '@/lib/members/labels'

const moment = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`

// What a privacy request found, store by store, and the one form that deletes it all.
export function PersonalDataFound({
  email,
  found,
  token,
  erase,
  unconfirmed,
}: {
  email: string
  found: PersonalData
  token: string
  erase: (state: unknown, data: FormData) => Promise<void>
  unconfirmed: boolean
}) {
  const total =
    found.comments.length +
    found.applications.length +
    found.mail.length +
    found.members.length +
    found.officers.length +
    found.subscriptions.length +
    found.callResponses.length +
    found.counters
  return (
    <section aria-labelledby="found-heading" className="mt-8">
      <h2 id="found-heading" className="text-xl font-semibold">
        Stored about <bdi>{email}</bdi>: {total === 0 ? 'nothing' : `${total} item(s)`}
      </h2>
      <h3 className="mt-6 text-lg font-semibold">{`Comments: ${found.comments.length}`}</h3>
      <ul className="mt-2 space-y-3">
        {found.comments.map((c) => (
          <li key={c.id} className="rounded border border-slate-300 p-3">
            <p className="text-sm">
              Comment {c.id} on {c.consultation} · {c.status} · {moment(c.createdAt)} · <bdi>{c.name}</bdi>
            </p>
            <p dir="auto" className="mt-2 whitespace-pre-line break-words">
              {c.body}
            </p>
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{`Membership applications: ${found.applications.length}`}</h3>
      <ul className="mt-2 list-disc ps-6">
        {found.applications.map((a) => (
          <li key={a.id}>
            <a href={`/staff/applications/${a.id}`} className="text-brand-800 underline">
              {a.reference}
            </a>{' '}
            · {a.status} · {moment(a.createdAt)} · <bdi>{a.organisation}</bdi> · <bdi>{a.representative}</bdi>
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{`Mail in the outbox: ${found.mail.length}`}</h3>
      <ul className="mt-2 list-disc ps-6">
        {found.mail.map((m) => (
          <li key={m.id}>
            <bdi>{m.subject}</bdi> · {m.sentAt ? `sent ${moment(m.sentAt)}` : 'not sent yet'}
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{`Member representative: ${found.members.length}`}</h3>
      <p className="mt-2 text-sm">The representative's name and address are deleted; the organisation stays a member.</p>
      <ul className="mt-2 list-disc ps-6">
        {found.members.map((m) => (
          <li key={m.id}>
            <a href={`/staff/members/${m.id}`} className="text-brand-800 underline">
              <bdi>{m.organisation}</bdi>
            </a>{' '}
            · {m.standing} · <bdi>{m.representative}</bdi>
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{`Officer entries: ${found.officers.length}`}</h3>
      <ul className="mt-2 list-disc ps-6">
        {found.officers.map((o) => (
          <li key={o.id}>
            {officerRoleLabels[o.role]} · <bdi>{o.holder}</bdi> · {o.termStart} to {o.termEnd}
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{`Alert subscriptions: ${found.subscriptions.length}`}</h3>
      <ul className="mt-2 list-disc ps-6">
        {found.subscriptions.map((s) => (
          <li key={s.id}>
            {s.topics.join(', ')} · {s.locale} · {s.confirmedAt ? `confirmed ${moment(s.confirmedAt)}` : 'never confirmed'}
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{`Answers to calls for participants: ${found.callResponses.length}`}</h3>
      <ul className="mt-2 list-disc ps-6">
        {found.callResponses.map((r) => (
          <li key={r.id}>
            {r.workingGroup} · {moment(r.createdAt)} · <bdi>{r.name}</bdi>
            {r.organisation && (
              <>
                {' '}
                · <bdi>{r.organisation}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{`Rate-limit counters: ${found.counters}`}</h3>
      <p className="mt-2 text-sm">
        Counters of this hour, kept under a keyed hash of the address; each is deleted when its hour has passed.
      </p>
      {total > 0 && (
        <ActionForm action={erase} permalink="/staff/privacy" className="mt-6 rounded border border-red-800 p-4">
          <input type="hidden" name="request" value={token} />
          {unconfirmed && (
            <p className="mb-2 font-semibold text-red-800" id="confirm-error">
              Tick the box to confirm.
            </p>
          )}
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id="confirm"
              name="confirm"
              value="yes"
              aria-describedby={unconfirmed ? 'confirm-error' : undefined}
              className="mt-1 size-5"
            />
            <label htmlFor="confirm">Delete all {total} item(s) for good, published or not, sent or not.</label>
          </div>
          <button type="submit" className="mt-3 rounded bg-red-800 px-4 py-2 font-semibold text-white">
            Delete everything about this address
          </button>
        </ActionForm>
      )}
    </section>
  )
}
