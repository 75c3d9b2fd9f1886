import { ActionForm } from '@/components/forms/action-form'
import type { ReportRefusal } from '@/lib/consultations/propose-report'
import type { OpenChange } from '@/lib/editing/store'

// Where the report's change stands: a store with (or without) its open
// change, or no store at all and the reason.
export type ReportStore = { change?: OpenChange; published: boolean } | { missing: string }

export interface ReportDone {
  reportProposed?: string
  reportAdded?: string
  reportRefused?: string
}

const REFUSED: Record<ReportRefusal, string> = {
  check: 'The report was not proposed: it fails the content check (the audit log names the problems).',
  same: 'The report was not proposed: it is the same as the one already on its branch or on the site.',
  moved: 'The report was not proposed: its branch changed meanwhile. Propose it again.',
}

const link = 'text-brand-800 underline'

// After the close, for the secretariat: the draft report proposed as a
// change through the content store, or downloaded when there is none.
export function ReportOffer({
  slug,
  editPath,
  store,
  done,
  canEdit,
  propose,
}: {
  slug: string
  editPath: string
  store: ReportStore
  done: ReportDone
  canEdit: boolean
  propose: (state: unknown, data: FormData) => Promise<void>
}) {
  const base = `/staff/comments/${slug}`
  const download = (
    <a href={`${base}/report`} className={link}>
      download the draft report of public comments
    </a>
  )
  if ('missing' in store)
    return (
      <div className="mt-2">
        <p>After the close: {download} (markdown, per point; place it as the README's "Report of public comments" says).</p>
        <p className="mt-1">
          {`It cannot be proposed as a change from here: ${store.missing} The README's "Editing in the browser" section says how to set `}
          <code>CONTENT_REPO</code>.
        </p>
      </div>
    )
  const { change, published } = store
  const refused = done.reportRefused && REFUSED[done.reportRefused as ReportRefusal]
  return (
    <div className="mt-2">
      {(done.reportProposed || done.reportAdded || refused) && (
        <p role="status" className="mt-2 rounded border border-green-800 bg-green-50 p-3">
          {done.reportProposed && `The report is proposed as a change on branch ${done.reportProposed}.`}
          {done.reportAdded && `The report was added to the change already open on ${done.reportAdded}.`}
          {refused}
        </p>
      )}
      {change ? (
        <p className="mt-2">
          The report of public comments is proposed as a change: branch <code>{change.branch}</code>
          {change.url && (
            <>
              {', '}
              <a href={change.url} className={link}>
                pull request #{change.number}
              </a>
            </>
          )}
          {canEdit ? (
            <>
              . Write the summary paragraphs{' '}
              <a href={editPath} className={link}>
                in the editor, on that branch
              </a>
              ; it is listed with the{' '}
              <a href="/staff/content" className={link}>
                proposed changes
              </a>
              , where an admin merges it.
            </>
          ) : (
            '. Staff with the editor role write the summary paragraphs in the editor, on that branch, and an admin merges it from the content page.'
          )}
        </p>
      ) : published ? (
        <p className="mt-2">
          The report of public comments is on the site. Proposing it again makes a change that replaces it with one generated afresh from
          the comments, without the summaries written since.
        </p>
      ) : (
        <p className="mt-2">After the close: the draft report of public comments, per point, as a proposed change to the site's content.</p>
      )}
      <ActionForm action={propose} permalink={base} className="mt-2">
        <input type="hidden" name="consultation" value={slug} />
        <button type="submit" className="rounded bg-brand-800 px-3 py-1 font-semibold text-white hover:bg-brand-900">
          {change ? 'Propose the report again' : 'Propose the report as a change'}
        </button>
      </ActionForm>
      {change && (
        <p className="mt-1 text-sm">
          Proposing again adds a commit to the same branch with the report generated afresh from the comments: it replaces the summaries
          written there since (the branch's earlier commit keeps them).
        </p>
      )}
      <p className="mt-2">Or {download} (markdown).</p>
    </div>
  )
}
