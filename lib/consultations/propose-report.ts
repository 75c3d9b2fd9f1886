// The draft report of public comments proposed as a content change through
// the editor's store (lib/editing), instead of a download: checked like any
// proposal, on its own content/… branch, audited. Proposing it again while
// that change is open adds a commit to the same branch.
import { formatProblem } from '../content'
import type { Database } from '../db/client'
import { type Actor, recordAudit } from '../db/queries/audit'
import { checkChange } from '../editing/check'
import { branchFor, ChangedSinceOpened, type ContentStore, NothingChanged, type OpenChange } from '../editing/store'
import type { ReportFile } from './report'

// Why a proposal was refused, as a code the desk page turns into a sentence.
export type ReportRefusal = 'check' | 'same' | 'moved'

export type ReportProposal = { ok: true; branch: string; added: boolean; url?: string } | { ok: false; refused: ReportRefusal }

/** The change open for a report file, if there is one. */
export async function openReportChange(store: ContentStore, path: string): Promise<OpenChange | undefined> {
  const branch = branchFor([{ path, text: '' }])
  return (await store.changes()).find((c) => c.branch === branch && c.state === 'open')
}

export async function proposeReport(db: Database, store: ContentStore, report: ReportFile, staff: Actor): Promise<ReportProposal> {
  // From the open change when there is one: its file (the summaries edited
  // there included) is what this commit replaces, and the store refuses a
  // base that is not the branch's tip.
  const open = await openReportChange(store, report.path)
  const base = open?.head ?? (await store.head())
  const files = [report]
  const audit = (action: 'content-proposed' | 'content-refused', detail: Record<string, unknown>) =>
    recordAudit(db, {
      actorId: staff.id,
      actorEmail: staff.email,
      action,
      target: report.path,
      detail: { ...detail, from: 'comment-report' },
    })
  const problems = await checkChange(store, base, files)
  if (problems.length > 0) {
    await audit('content-refused', { reason: 'content check', problems: problems.map(formatProblem) })
    return { ok: false, refused: 'check' }
  }
  try {
    const proposed = await store.propose({
      files,
      message: `Report of public comments: ${report.path}`,
      author: { email: staff.email },
      base,
    })
    await audit('content-proposed', { branch: proposed.branch, commit: proposed.commit, added: proposed.added, pull: proposed.number })
    return { ok: true, branch: proposed.branch, added: proposed.added, url: proposed.url ?? open?.url }
  } catch (error) {
    const refused = error instanceof NothingChanged ? 'same' : error instanceof ChangedSinceOpened ? 'moved' : undefined
    await audit('content-refused', { reason: refused ?? (error as Error).message })
    if (!refused) throw error
    return { ok: false, refused }
  }
}
