import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm'
import { csv } from '../../csv'
import type { Database } from '../client'
import { containsPattern } from './contains'
import { applicationNote, type ApplicationStatus, membershipApplication, type OrganisationKind } from '../schema'
import { recordAudit } from './audit'
import { type OutgoingMail, queueMail } from './outbox'

export const STATEMENT_MAX_LENGTH = 5000
export const APPLICATION_NOTE_MAX_LENGTH = 4000

export interface ApplicationInput {
  submission: string
  locale: string
  organisation: string
  kind: OrganisationKind
  country: string
  website: string
  representative: string
  email: string
  phone: string | null
  criteria: string[]
  statement: string
  // Consent to the representative's name being listed publicly once a member.
  listRepresentative?: boolean
}

export type Application = typeof membershipApplication.$inferSelect

type Actor = { id: string; email: string }

// ISPCP-2026-0042: the year it arrived and its number.
export const applicationReference = (id: number, at: Date) => `ISPCP-${at.getUTCFullYear()}-${String(id).padStart(4, '0')}`

/**
 * Stores an application and queues the mails it causes, in one
 * transaction. The same submission id a second time (a double click, back
 * and resend) stores nothing and returns the application already stored.
 */
export async function submitApplication(
  db: Database,
  input: ApplicationInput,
  mails: (application: Application) => Promise<OutgoingMail[]>,
): Promise<{ created: boolean; application: Application }> {
  return db.transaction(async (tx) => {
    const now = new Date()
    const next = await tx.execute<{ id: string }>(sql`select nextval(pg_get_serial_sequence('membership_application', 'id')) as id`)
    const id = Number(next.rows[0]!.id)
    const [created] = await tx
      .insert(membershipApplication)
      .values({ ...input, id, reference: applicationReference(id, now), createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: membershipApplication.submission })
      .returning()
    if (!created) {
      const [existing] = await tx.select().from(membershipApplication).where(eq(membershipApplication.submission, input.submission))
      return { created: false, application: existing! }
    }
    for (const mail of await mails(created)) await queueMail(tx, mail)
    return { created: true, application: created }
  })
}

export interface ApplicationFilter {
  status?: ApplicationStatus
  // Part of the organisation, reference, representative or e-mail.
  search?: string
}

export async function listApplications(db: Database, filter: ApplicationFilter = {}) {
  const where: SQL[] = []
  if (filter.status) where.push(eq(membershipApplication.status, filter.status))
  if (filter.search) {
    const pattern = containsPattern(filter.search)
    where.push(
      or(
        ilike(membershipApplication.organisation, pattern),
        ilike(membershipApplication.reference, pattern),
        ilike(membershipApplication.representative, pattern),
        ilike(membershipApplication.email, pattern),
      )!,
    )
  }
  return db
    .select()
    .from(membershipApplication)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(membershipApplication.id))
    .limit(500)
}

export async function getApplication(db: Database, id: number): Promise<Application | undefined> {
  const [row] = await db.select().from(membershipApplication).where(eq(membershipApplication.id, id))
  return row
}

export async function applicationNotes(db: Database, applicationId: number) {
  return db.select().from(applicationNote).where(eq(applicationNote.applicationId, applicationId)).orderBy(asc(applicationNote.id))
}

export type ApplicationNoteRow = Awaited<ReturnType<typeof applicationNotes>>[number]

/** Changes the status and records who did it, from what, to what. False when there is no such application. */
export async function setApplicationStatus(db: Database, id: number, status: ApplicationStatus, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: membershipApplication.status, reference: membershipApplication.reference })
      .from(membershipApplication)
      .where(eq(membershipApplication.id, id))
      .for('update')
    if (!before) return false
    if (before.status === status) return true
    await tx.update(membershipApplication).set({ status, updatedAt: new Date() }).where(eq(membershipApplication.id, id))
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'application-status-changed',
      target: before.reference,
      detail: { from: before.status, to: status },
    })
    return true
  })
}

/** A resubmitted note form (same requestKey) saves the note once. */
export async function addApplicationNote(db: Database, input: { applicationId: number; requestKey: string; author: Actor; body: string }) {
  return db.transaction(async (tx) => {
    const [app] = await tx
      .select({ reference: membershipApplication.reference })
      .from(membershipApplication)
      .where(eq(membershipApplication.id, input.applicationId))
    if (!app) return { created: false as const, found: false as const }
    const [note] = await tx
      .insert(applicationNote)
      .values({
        applicationId: input.applicationId,
        requestKey: input.requestKey,
        authorId: input.author.id,
        authorEmail: input.author.email,
        body: input.body,
      })
      .onConflictDoNothing({ target: applicationNote.requestKey })
      .returning({ id: applicationNote.id })
    if (!note) return { created: false as const, found: true as const }
    await recordAudit(tx, {
      actorId: input.author.id,
      actorEmail: input.author.email,
      action: 'application-note-added',
      target: app.reference,
    })
    return { created: true as const, found: true as const }
  })
}

/** Queues the decision mail (once per decision) and records it. */
export async function queueDecisionMail(db: Database, application: Application, mail: OutgoingMail, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const queued = await queueMail(tx, mail)
    if (queued)
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: 'application-decision-queued',
        target: application.reference,
        detail: { status: application.status },
      })
    return queued
  })
}

/** Deletion on request: the application, its notes and its mails. The audit entry keeps only the reference. */
export async function deleteApplication(db: Database, id: number, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(membershipApplication)
      .where(eq(membershipApplication.id, id))
      .returning({ reference: membershipApplication.reference })
    if (!gone) return false
    await recordAudit(tx, { actorId: actor.id, actorEmail: actor.email, action: 'application-deleted', target: gone.reference })
    return true
  })
}

const CSV_COLUMNS = [
  'reference',
  'received',
  'status',
  'organisation',
  'kind',
  'country',
  'website',
  'representative',
  'email',
  'phone',
  'criteria',
  'statement',
  'language',
  'list_representative',
] as const

/** The applications matching the filter, as CSV; the export is recorded first. */
export async function applicationsCsv(db: Database, filter: ApplicationFilter, actor: Actor): Promise<string> {
  await recordAudit(db, { actorId: actor.id, actorEmail: actor.email, action: 'applications-exported', detail: { ...filter } })
  const rows = await listApplications(db, filter)
  return csv(
    CSV_COLUMNS,
    rows.map((a) => [
      a.reference,
      a.createdAt,
      a.status,
      a.organisation,
      a.kind,
      a.country,
      a.website,
      a.representative,
      a.email,
      a.phone,
      a.criteria.join(' '),
      a.statement,
      a.locale,
      a.listRepresentative ? 'yes' : 'no',
    ]),
  )
}
