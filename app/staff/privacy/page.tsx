import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { recordAudit } from '@/lib/db/queries/audit'
import { commentsByEmail } from '@/lib/db/queries/comments'
import { DeskPage } from '../desk-page'
import { deleteByEmail } from '../comments/actions'

export const metadata: Metadata = { title: 'Privacy requests' }

type Props = { searchParams: Promise<{ email?: string; deleted?: string; unconfirmed?: string }> }

// A privacy request: everything one e-mail address submitted, found and
// deleted. Each look-up and each deletion is logged. (Other forms add their
// own section here.)
export default async function PrivacyDesk({ searchParams }: Props) {
  const staff = await requireStaff('secretariat')
  const query = await searchParams
  const email = query.email?.trim().slice(0, 320)
  const found = email ? await commentsByEmail(getDb(), email) : undefined
  if (email)
    await recordAudit(getDb(), {
      actorId: staff.id,
      actorEmail: staff.email,
      action: 'comments-searched',
      target: `email:${email.toLowerCase()}`,
      detail: { found: found!.length },
    })
  return (
    <DeskPage staff={staff} title="Privacy requests">
      {query.deleted && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          Deleted {query.deleted} comment(s). The deletion is in the audit log.
        </p>
      )}
      <form method="get" className="mt-6 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="privacy-email" className="block font-medium">
            E-mail address
          </label>
          <input
            id="privacy-email"
            name="email"
            type="email"
            required
            defaultValue={email}
            className="mt-1 rounded border border-slate-500 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          Find everything it submitted
        </button>
      </form>
      {found && (
        <section aria-labelledby="found-heading" className="mt-8">
          <h2 id="found-heading" className="text-xl font-semibold">
            Comments sent with {email}: {found.length}
          </h2>
          <ul className="mt-4 space-y-3">
            {found.map((c) => (
              <li key={c.id} className="rounded border border-slate-300 p-3">
                <p className="text-sm">
                  Comment {c.id} on {c.consultation} · {c.status} · {c.createdAt.toISOString().slice(0, 16)} UTC · <bdi>{c.name}</bdi>
                </p>
                <p dir="auto" className="mt-2 whitespace-pre-line break-words">
                  {c.body}
                </p>
              </li>
            ))}
          </ul>
          {found.length > 0 && (
            <ActionForm action={deleteByEmail} permalink="/staff/privacy" className="mt-6 rounded border border-red-800 p-4">
              <input type="hidden" name="email" value={email} />
              {query.unconfirmed && (
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
                  aria-describedby={query.unconfirmed ? 'confirm-error' : undefined}
                  className="mt-1 size-5"
                />
                <label htmlFor="confirm">Delete these {found.length} comment(s) for good, published or not.</label>
              </div>
              <button type="submit" className="mt-3 rounded bg-red-800 px-4 py-2 font-semibold text-white">
                Delete everything from this address
              </button>
            </ActionForm>
          )}
        </section>
      )}
    </DeskPage>
  )
}
