import { and, desc, eq, lt } from 'drizzle-orm'
import type { Database } from '../client'
import { auditLog } from '../schema'

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-in-locked'
  | 'sign-out'
  | 'note-added'
  | 'audit-exported'
  | 'account-created'
  | 'account-updated'
  | 'account-removed'
  | 'comment-published'
  | 'comment-rejected'
  | 'comments-exported'
  | 'privacy-searched'
  | 'privacy-deleted'
  | 'application-status-changed'
  | 'application-note-added'
  | 'application-decision-queued'
  | 'application-deleted'
  | 'applications-exported'
  | 'outbox-sent'
  | 'member-admitted'
  | 'member-added'
  | 'member-updated'
  | 'members-exported'
  | 'officer-assigned'
  | 'officer-removed'
  | 'officer-seats-set'
  | 'call-responses-exported'
  | 'content-proposed'
  | 'content-refused'
  | 'content-merged'
  | 'content-merge-refused'

/** Who did it: a staff account, or the command line (id null). */
export interface Actor {
  id: string | null
  email: string
}

export interface AuditEntry {
  actorId?: string | null
  actorEmail?: string | null
  action: AuditAction
  target?: string | null
  detail?: Record<string, unknown>
}

type Executor = Pick<Database, 'insert'>

/** Pass a transaction to record the entry with the change it describes, or not at all. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry)
}

export const AUDIT_PAGE_SIZE = 100

/** Newest first; `before` is the id to continue from, `target` keeps only the entries about it. */
export async function listAudit(db: Database, options: { before?: number; limit?: number; target?: string } = {}) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(options.before ? lt(auditLog.id, options.before) : undefined, options.target ? eq(auditLog.target, options.target) : undefined),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? AUDIT_PAGE_SIZE)
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>[number]
