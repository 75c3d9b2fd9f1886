// A privacy request: everything stored about one e-mail address, found and
// deleted in one place. Each store that keeps an address adds itself here
// (tests/db/privacy.test.ts fails on a table with an address column this
// file does not cover).
import { asc, eq, inArray, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  alertSubscription,
  callResponse,
  consultationComment,
  formRateLimit,
  mailOutbox,
  member,
  membershipApplication,
  officer,
} from '../schema'
import { type Actor, recordAudit } from './audit'
import { countersAbout } from './form-rate-limit'

/** Every table this file searches and deletes from. */
export const PERSONAL_TABLES = [
  'consultation_comment',
  'membership_application',
  'mail_outbox',
  'form_rate_limit',
  'alert_subscription',
  'call_response',
  'member',
  'officer',
]
/** Every other table, and why a privacy request leaves it alone. */
export const OTHER_TABLES: Record<string, string> = {
  user: 'staff accounts',
  session: 'staff sessions',
  account: 'staff sign-in methods',
  verification: 'staff sign-in tokens',
  staff_note: 'notes staff write to each other',
  application_note: 'deleted with its application',
  audit_log: 'staff actions; addresses only as keyed hashes',
  app_setting: 'keys and settings',
  sign_in_failure: 'counters per staff account, hashed network address or hour',
  rate_limit: "Better Auth's limiter of the desk's endpoints: network address and path, for a minute",
  alert: 'announcements of calls and consultations: a slug and dates, no one named',
}

const lower = (email: string) => email.trim().toLowerCase()
const commentBy = (email: string) => eq(sql`lower(${consultationComment.email})`, lower(email))
const applicationBy = (email: string) => eq(sql`lower(${membershipApplication.email})`, lower(email))
const representedBy = (email: string) => eq(sql`lower(${member.email})`, lower(email))
const officerBy = (email: string) => eq(sql`lower(${officer.holderEmail})`, lower(email))
const subscriptionBy = (email: string) => eq(sql`lower(${alertSubscription.email})`, lower(email))
const callResponseBy = (email: string) => eq(sql`lower(${callResponse.email})`, lower(email))
// Mail to the address, and mail about its applications and answers to calls (the Secretariat's copies).
const mailAbout = (db: Pick<Database, 'select'>, email: string) =>
  or(
    eq(sql`lower(${mailOutbox.recipient})`, lower(email)),
    inArray(mailOutbox.applicationId, db.select({ id: membershipApplication.id }).from(membershipApplication).where(applicationBy(email))),
    inArray(mailOutbox.callResponseId, db.select({ id: callResponse.id }).from(callResponse).where(callResponseBy(email))),
  )

export async function findPersonalData(db: Database, email: string, subject: string) {
  const comments = await db
    .select({
      id: consultationComment.id,
      consultation: consultationComment.consultation,
      status: consultationComment.status,
      createdAt: consultationComment.createdAt,
      name: consultationComment.name,
      body: consultationComment.body,
    })
    .from(consultationComment)
    .where(commentBy(email))
    .orderBy(asc(consultationComment.id))
  const applications = await db
    .select({
      id: membershipApplication.id,
      reference: membershipApplication.reference,
      status: membershipApplication.status,
      organisation: membershipApplication.organisation,
      representative: membershipApplication.representative,
      createdAt: membershipApplication.createdAt,
    })
    .from(membershipApplication)
    .where(applicationBy(email))
    .orderBy(asc(membershipApplication.id))
  const mail = await db
    .select({ id: mailOutbox.id, subject: mailOutbox.subject, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt })
    .from(mailOutbox)
    .where(mailAbout(db, email))
    .orderBy(asc(mailOutbox.id))
  // A member whose representative has this address: the organisation stays
  // listed, the representative's name and address go.
  const members = await db
    .select({ id: member.id, organisation: member.organisation, representative: member.representative, standing: member.standing })
    .from(member)
    .where(representedBy(email))
    .orderBy(asc(member.id))
  const officers = await db
    .select({ id: officer.id, role: officer.role, holder: officer.holder, termStart: officer.termStart, termEnd: officer.termEnd })
    .from(officer)
    .where(officerBy(email))
    .orderBy(asc(officer.id))
  const subscriptions = await db
    .select({
      id: alertSubscription.id,
      topics: alertSubscription.topics,
      locale: alertSubscription.locale,
      confirmedAt: alertSubscription.confirmedAt,
      createdAt: alertSubscription.createdAt,
    })
    .from(alertSubscription)
    .where(subscriptionBy(email))
  const callResponses = await db
    .select({
      id: callResponse.id,
      workingGroup: callResponse.workingGroup,
      name: callResponse.name,
      organisation: callResponse.organisation,
      createdAt: callResponse.createdAt,
    })
    .from(callResponse)
    .where(callResponseBy(email))
    .orderBy(asc(callResponse.id))
  return { comments, applications, mail, members, officers, subscriptions, callResponses, counters: await countersAbout(db, subject) }
}

export type PersonalData = Awaited<ReturnType<typeof findPersonalData>>

export interface Deleted {
  comments: number
  applications: number
  mail: number
  members: number
  officers: number
  subscriptions: number
  callResponses: number
  counters: number
}

/** Deletes all of it in one transaction, with the audit entry (naming the address by its keyed hash only). */
export async function deletePersonalData(db: Database, email: string, subject: string, actor: Actor): Promise<Deleted> {
  return db.transaction(async (tx) => {
    const comments = await tx.delete(consultationComment).where(commentBy(email)).returning({ id: consultationComment.id })
    const mail = await tx.delete(mailOutbox).where(mailAbout(tx, email)).returning({ id: mailOutbox.id })
    // Notes go with their application (on delete cascade).
    const applications = await tx
      .delete(membershipApplication)
      .where(applicationBy(email))
      .returning({ reference: membershipApplication.reference })
    const subscriptions = await tx.delete(alertSubscription).where(subscriptionBy(email)).returning({ id: alertSubscription.id })
    const callResponses = await tx.delete(callResponse).where(callResponseBy(email)).returning({ id: callResponse.id })
    const counters = await tx.delete(formRateLimit).where(eq(formRateLimit.subject, subject)).returning({ key: formRateLimit.key })
    const members = await tx
      .update(member)
      .set({ representative: null, email: null, listRepresentative: false, updatedAt: new Date() })
      .where(representedBy(email))
      .returning({ id: member.id })
    const officers = await tx.delete(officer).where(officerBy(email)).returning({ id: officer.id })
    const deleted = {
      comments: comments.length,
      applications: applications.length,
      mail: mail.length,
      members: members.length,
      officers: officers.length,
      subscriptions: subscriptions.length,
      callResponses: callResponses.length,
      counters: counters.length,
    }
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'privacy-deleted',
      target: subject,
      detail: {
        ...deleted,
        commentIds: comments.map((c) => c.id),
        references: applications.map((a) => a.reference),
        memberIds: members.map((m) => m.id),
        officerIds: officers.map((o) => o.id),
      },
    })
    return deleted
  })
}

/** The search is logged too, with what it found. */
export async function recordPrivacySearch(db: Database, subject: string, found: PersonalData, actor: Actor): Promise<void> {
  await recordAudit(db, {
    actorId: actor.id,
    actorEmail: actor.email,
    action: 'privacy-searched',
    target: subject,
    detail: {
      comments: found.comments.length,
      applications: found.applications.length,
      mail: found.mail.length,
      members: found.members.length,
      officers: found.officers.length,
      subscriptions: found.subscriptions.length,
      callResponses: found.callResponses.length,
      counters: found.counters,
    },
  })
}
