import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm'
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
  /** The statement's numbered point it is about; left out for the whole draft. */
  point?: number | null
}

/** Comments on one numbered point, or on the whole draft. */
export type PointFilter = number | 'whole'

const onPoint = (point: PointFilter | undefined): SQL | undefined =>
  point === undefined ? undefined : point === 'whole' ? isNull(consultationComment.point) : eq(consultationComment.point, point)

/**
 * Stores a comment, pending moderation. The same submission sent again (a
 * double click, back and resend) stores nothing and answers with the
 * comment already stored.
 */
export async function addComment(db: Database, input: NewComment): Promise<{ id: number; created: boolean }> {
  const [row] = await db
    .insert(consultationComment)
    .values({ ...input, organisation: input.organisation || null, point: input.point ?? null })
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
  point: consultationComment.point,
  createdAt: consultationComment.createdAt,
}

/** One page of a consultation's published comments (all, or those on one point), in the order received, and how many there are. */
export async function publishedComments(db: Database, consultation: string, page: { offset: number; limit: number; point?: PointFilter }) {
  const where = and(eq(consultationComment.consultation, consultation), eq(consultationComment.status, 'published'), onPoint(page.point))
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

/** The moderation queue of a consultation (all, or the comments on one point): oldest first. */
export async function pendingComments(db: Database, consultation: string, options: { limit?: number; point?: PointFilter } = {}) {
  const limit = options.limit ?? 50
  const where = and(eq(consultationComment.consultation, consultation), eq(consultationComment.status, 'pending'), onPoint(options.point))
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

/** How many comments of one status each point has; the key null is the whole draft. */
export async function countsByPoint(db: Database, consultation: string, status: CommentStatus): Promise<Map<number | null, number>> {
  const rows = await db
    .select({ point: consultationComment.point, n: count() })
    .from(consultationComment)
    .where(and(eq(consultationComment.consultation, consultation), eq(consultationComment.status, status)))
    .groupBy(consultationComment.point)
  return new Map(rows.map((r) => [r.point, r.n]))
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

export interface ExportOptions {
  /** Only the comments on one point, or on the whole draft. */
  point?: PointFilter
  /** Grouped by point (the whole draft first, then 1, 2, 3…), each group in the order received. */
  byPoint?: boolean
}

/** Every comment of a consultation, whatever its status, for the working group's report. */
export async function allComments(db: Database, consultation: string, options: ExportOptions = {}) {
  const order = options.byPoint
    ? [sql`${consultationComment.point} asc nulls first`, asc(consultationComment.id)]
    : [asc(consultationComment.id)]
  return db
    .select({
      id: consultationComment.id,
      status: consultationComment.status,
      point: consultationComment.point,
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
    .where(and(eq(consultationComment.consultation, consultation), onPoint(options.point)))
    .orderBy(...order)
}

export type ExportedComment = Awaited<ReturnType<typeof allComments>>[number]

// `point` is the number of the point, empty for the whole draft.
const EXPORT_COLUMNS = [
  'id',
  'status',
  'point',
  'createdAt',
  'name',
  'organisation',
  'email',
  'locale',
  'body',
  'decidedAt',
  'decidedBy',
] as const

/** Every comment of a consultation as CSV or JSON for the working group's report; the export is recorded first. */
export async function exportComments(
  db: Database,
  consultation: string,
  format: 'csv' | 'json',
  actor: { id: string; email: string },
  options: ExportOptions = {},
): Promise<string> {
  await recordAudit(db, {
    actorId: actor.id,
    actorEmail: actor.email,
    action: 'comments-exported',
    target: `consultation:${consultation}`,
    detail: { format, ...(options.point !== undefined && { point: options.point }), ...(options.byPoint && { byPoint: true }) },
  })
  const rows = await allComments(db, consultation, options)
  if (format === 'json') return `${JSON.stringify({ consultation, exportedAt: new Date().toISOString(), comments: rows }, null, 2)}\n`
  return csv(
    EXPORT_COLUMNS,
    rows.map((row) => EXPORT_COLUMNS.map((c) => row[c])),
  )
}
