import { ActionForm } from '@/components/forms/action-form'
import type { OpenChange } from '@/lib/editing/store'

// Changes proposed from the desk, each with its files and difference; an
// admin merges one on the local store.
export function ChangeList({ changes, merge }: { changes: OpenChange[]; merge?: (state: unknown, data: FormData) => Promise<void> }) {
  if (changes.length === 0) return <p className="mt-2">No changes are waiting.</p>
  return (
    <ul className="mt-2 space-y-4">
      {changes.map((change) => (
        <li key={change.branch} className="rounded border border-slate-300 p-3">
          <p className="font-semibold">{change.title}</p>
          <p className="mt-1 text-sm">
            Branch <code>{change.branch}</code> · {change.state}
            {change.checks && ` · checks: ${change.checks}`}
            {change.url && (
              <>
                {' · '}
                <a href={change.url} className="text-brand-800 underline">
                  pull request #{change.number}
                </a>
              </>
            )}
          </p>
          {change.files.length > 0 && (
            <p className="mt-1 text-sm">
              Files:{' '}
              {change.files.map((f) => (
                <code key={f} className="me-2">
                  {f}
                </code>
              ))}
            </p>
          )}
          {change.diff && (
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-800 underline">The difference</summary>
              <pre className="mt-2 overflow-x-auto bg-slate-50 p-2 text-sm">{change.diff}</pre>
            </details>
          )}
          {merge && change.state === 'open' && (
            <ActionForm action={merge} permalink="/staff/content" className="mt-2">
              <input type="hidden" name="branch" value={change.branch} />
              <button type="submit" className="rounded bg-brand-800 px-3 py-1 font-semibold text-white hover:bg-brand-900">
                Merge {change.branch}
              </button>
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  )
}
