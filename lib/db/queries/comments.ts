import { and, asc, count, eq, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { consultationComment } from '../schema'
import { recordAudit } from './audit'
import { csv } from '../../csv'

export const COMMENT_MAX_LENGTH = 10_000
export const NAME_MAX_LENGTH = 200
export const ORGANISATION_MAX_LENGTH = 200
export const EMAIL_MAX_LENGTH = 320

export type CommentStatus = (typeof consultationComment.status.enumValues)[number]

export interface NewComment {
  submission: string
  consultation: string
  locale: string
  name: string
  organisation?: string
  email: string
  body: string
}

/**
 * Stores a comment, pending moderation. The same submission sent again (a
 * double click, back and resend) stores nothing and answers with the
 * comment already stored.
 */
export async function addComment(db: Database, input: NewComment): Promise<{ id: number; created: boolean }> {
  const [row] = await db
    .insert(consultationComment)
    .values({ ...input, organisation: input.organisation || null })
    .onConflictDoNothing({ target: consultationComment.submission })
    .returning({ id: consultationComment.id })
  if (row) return { id: row.id, created: true }
  const [existing] = await db
    .select({ id: consultationComment.id })
    .from(consultationComment)
    .where(eq(consultationComment.submission, input.submission))
  return { id: existing!.id, created: false }
}

const publicColumns = {
  id: consultationComment.id,
  name: consultationComment.name,
  organisation: consultationComment.organisation,
  body: consultationComment.body,
  createdAt: consultationComment.createdAt,
}

/** One page of a consultation's published comments, in the order received, and how many there are. */
export async function publishedComments(db: Database, consultation: string, page: { offset: number; limit: number }) {
  const where = and(eq(consultationComment.consultation, consultation), eq(consultationComment.status, 'published'))
  const [comments, [total]] = await Promise.all([
    db
      .select(publicColumns)
      .from(consultationComment)
      .where(where)
      .orderBy(asc(consultationComment.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ n: count() }).from(consultationComment).where(where),
  ])
  return { comments, total: total!.n }
}

export type PublishedComment = Awaited<ReturnType<typeof publishedComments>>['comments'][number]

/** The moderation queue of a consultation: oldest first. */
export async function pendingComments(db: Database, consultation: string, limit = 50) {
  const where = and(eq(consultationComment.consultation, consultation), eq(consultationComment.status, 'pending'))
  const [comments, [total]] = await Promise.all([
    db
      .select({ ...publicColumns, email: consultationComment.email, locale: consultationComment.locale })
      .from(consultationComment)
      .where(where)
      .orderBy(asc(consultationComment.id))
      .limit(limit),
    db.select({ n: count() }).from(consultationComment).where(where),
  ])
  return { comments, total: total!.n }
}

export type PendingComment = Awaited<ReturnType<typeof pendingComments>>['comments'][number]

/** How many comments wait in each consultation's queue. */
export async function pendingCounts(db: Database): Promise<Map<string, number>> {
  const rows = await db
    .select({ consultation: consultationComment.consultation, n: count() })
    .from(consultationComment)
    .where(eq(consultationComment.status, 'pending'))
    .groupBy(consultationComment.consultation)
  return new Map(rows.map((r) => [r.consultation, r.n]))
}

/**
 * Publishes or rejects a pending comment, with its audit entry (and the
 * reason for a rejection) in the same transaction. A comment already
 * decided is left as it is: false.
 */
export async function decideComment(
  db: Database,
  input: { id: number; decision: 'published' | 'rejected'; reason?: string; actor: { id: string; email: string } },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(consultationComment)
      .set({ status: input.decision, decidedAt: sql`now()`, decidedBy: input.actor.email })
      .where(and(eq(consultationComment.id, input.id), eq(consultationComment.status, 'pending')))
      .returning({ consultation: consultationComment.consultation })
    if (!row) return false
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorEmail: input.actor.email,
      action: input.decision === 'published' ? 'comment-published' : 'comment-rejected',
      target: `comment:${input.id}`,
      detail: { consultation: row.consultation, ...(input.reason && { reason: input.reason }) },
    })
    return true
  })
}

/** Every comment of a consultation, whatever its status, for the working group's report. */
export async function allComments(db: Database, consultation: string) {
  return db
    .select({
      id: consultationComment.id,
      status: consultationComment.status,
      createdAt: consultationComment.createdAt,
      name: consultationComment.name,
      organisation: consultationComment.organisation,
      email: consultationComment.email,
      locale: consultationComment.locale,
      body: consultationComment.body,
      decidedAt: consultationComment.decidedAt,
      decidedBy: consultationComment.decidedBy,
    })
    .from(consultationComment)
    .where(eq(consultationComment.consultation, consultation))
    .orderBy(asc(consultationComment.id))
}

export type ExportedComment = Awaited<ReturnType<typeof allComments>>[number]

const EXPORT_COLUMNS = ['id', 'status', 'createdAt', 'name', 'organisation', 'email', 'locale', 'body', 'decidedAt', 'decidedBy'] as const

/** Every comment of a consultation as CSV or JSON for the working group's report; the export is recorded first. */
export async function exportComments(
  db: Database,
  consultation: string,
  format: 'csv' | 'json',
  actor: { id: string; email: string },
): Promise<string> {
  await recordAudit(db, {
    actorId: actor.id,
    actorEmail: actor.email,
    action: 'comments-exported',
    target: `consultation:${consultation}`,
    detail: { format },
  })
  const rows = await allComments(db, consultation)
  if (format === 'json') return `${JSON.stringify({ consultation, exportedAt: new Date().toISOString(), comments: rows }, null, 2)}\n`
  return csv(
    EXPORT_COLUMNS,
    rows.map((row) => EXPORT_COLUMNS.map((c) => row[c])),
  )
}
