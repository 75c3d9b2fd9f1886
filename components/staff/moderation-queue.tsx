import { ActionForm } from '@/components/forms/action-form'
import { englishLanguageName } from '@/lib/i18n/config'
import type { PendingComment, PointFilter } from '@/lib/db/queries/comments'

interface Props {
  comments: PendingComment[]
  consultation: string
  /** The queue shown (one point's comments): deciding one comes back to it. */
  filter?: PointFilter
  /** What a comment is about ("On point 3: …"), when the statement has points. */
  about: (point: number | null) => string | undefined
  /** Left out for roles that may read the queue but not decide. */
  decide?: (state: unknown, data: FormData) => Promise<void>
}

// Each comment as sent (plain text, its own direction), with a form to
// publish it and one to reject it with a reason that goes to the audit log.
export function ModerationQueue({ comments, consultation, filter, about, decide }: Props) {
  if (!comments.length) return <p className="mt-4">No comment is waiting.</p>
  const hidden = (id: number) => (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="consultation" value={consultation} />
      {filter !== undefined && <input type="hidden" name="filter" value={filter} />}
    </>
  )
  return (
    <ol className="mt-4 space-y-6">
      {comments.map((c) => (
        <li key={c.id} className="rounded border border-slate-400 p-4">
          <h3 className="font-semibold">
            Comment {c.id}: <bdi>{c.name}</bdi>
            {c.organisation && (
              <>
                {' · '}
                <bdi>{c.organisation}</bdi>
              </>
            )}
          </h3>
          <p className="text-sm text-slate-700">
            <bdi>{c.email}</bdi> · received{' '}
            <time dateTime={c.createdAt.toISOString()}>{c.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC</time> · written from
            the {englishLanguageName(c.locale)} pages
          </p>
          {about(c.point) && <p className="mt-2 font-semibold">{about(c.point)}</p>}
          <p dir="auto" className="mt-3 whitespace-pre-line break-words">
            {c.body}
          </p>
          {decide && (
            <div className="mt-4 flex flex-wrap items-end gap-6">
              <ActionForm action={decide} permalink={`/staff/comments/${consultation}`}>
                {hidden(c.id)}
                <button type="submit" name="decision" value="publish" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
                  Publish comment {c.id}
                </button>
              </ActionForm>
              <ActionForm action={decide} permalink={`/staff/comments/${consultation}`} className="flex flex-wrap items-end gap-2">
                {hidden(c.id)}
                <div>
                  <label htmlFor={`reason-${c.id}`} className="block text-sm font-medium">
                    Reason for rejecting (kept in the audit log)
                  </label>
                  <input id={`reason-${c.id}`} name="reason" maxLength={1000} className="mt-1 rounded border border-slate-500 px-2 py-1" />
                </div>
                <button
                  type="submit"
                  name="decision"
                  value="reject"
                  className="rounded border border-red-800 px-4 py-2 font-semibold text-red-900"
                >
                  Reject comment {c.id}
                </button>
              </ActionForm>
            </div>
          )}
        </li>
      ))}
    </ol>
  )
}
