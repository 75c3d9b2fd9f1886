import { and, asc, desc, eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm'
import { csv } from '../../csv'
import { DEFAULT_GNSO_COUNCILLORS, type OfficerProblem, type OfficerRole, officerProblem, utcToday } from '../../members/officers'
import type { MemberInput } from '../../members/record'
import type { Database } from '../client'
import { containsPattern } from './contains'
import { appSetting, type MemberStanding, member, membershipApplication, officer } from '../schema'
import { type Actor, recordAudit } from './audit'

export type Member = typeof member.$inferSelect

// The audit log names a member by its id, never by its representative: the
// log cannot be changed, so nothing a privacy request deletes goes into it.
const target = (id: number) => `member:${id}`

type AdmitResult = { member: Member; created: boolean } | { problem: 'not-found' | 'not-accepted' }

/**
 * An accepted application becomes a member, in good standing from today,
 * listed with the representative's name only if the applicant consented.
 * Admitting it again finds the member already made.
 */
export async function admitApplication(db: Database, applicationId: number, actor: Actor): Promise<AdmitResult> {
  return db.transaction(async (tx) => {
    const [application] = await tx.select().from(membershipApplication).where(eq(membershipApplication.id, applicationId)).for('update')
    if (!application) return { problem: 'not-found' as const }
    if (application.status !== 'accepted') return { problem: 'not-accepted' as const }
    const [created] = await tx
      .insert(member)
      .values({
        applicationId,
        organisation: application.organisation,
        kind: application.kind,
        country: application.country,
        website: application.website,
        representative: application.representative,
        email: application.email,
        listRepresentative: application.listRepresentative,
        memberSince: utcToday(),
      })
      .onConflictDoNothing({ target: member.applicationId })
      .returning()
    if (!created) {
      const [existing] = await tx.select().from(member).where(eq(member.applicationId, applicationId))
      return { member: existing!, created: false }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'member-admitted',
      target: target(created.id),
      detail: { application: application.reference },
    })
    return { member: created, created: true }
  })
}

export async function memberOfApplication(db: Database, applicationId: number): Promise<Pick<Member, 'id'> | undefined> {
  const [row] = await db.select({ id: member.id }).from(member).where(eq(member.applicationId, applicationId))
  return row
}

/** A member who never applied online, entered by hand. */
export async function addMember(db: Database, input: MemberInput, actor: Actor): Promise<Member> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(member).values(input).returning()
    await recordAudit(tx, { actorId: actor.id, actorEmail: actor.email, action: 'member-added', target: target(created!.id) })
    return created!
  })
}

/** False when there is no such member. The audit entry lists which fields changed, not their values. */
export async function updateMember(db: Database, id: number, input: MemberInput, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(member).where(eq(member.id, id)).for('update')
    if (!before) return false
    const changed = (Object.keys(input) as (keyof MemberInput)[]).filter((field) => before[field] !== input[field])
    if (changed.length === 0) return true
    await tx
      .update(member)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(member.id, id))
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'member-updated',
      target: target(id),
      detail: { changed, ...(changed.includes('standing') ? { standing: { from: before.standing, to: input.standing } } : {}) },
    })
    return true
  })
}

export async function getMember(db: Database, id: number): Promise<Member | undefined> {
  const [row] = await db.select().from(member).where(eq(member.id, id))
  return row
}

export interface MemberFilter {
  standing?: MemberStanding
  // Part of the organisation, the representative's name or e-mail address.
  search?: string
}

/** For the desk: every member matching the filter, with the reference of the application it was admitted from. */
export async function listMembers(db: Database, filter: MemberFilter = {}) {
  const where: SQL[] = []
  if (filter.standing) where.push(eq(member.standing, filter.standing))
  if (filter.search) {
    const pattern = containsPattern(filter.search)
    where.push(or(ilike(member.organisation, pattern), ilike(member.representative, pattern), ilike(member.email, pattern))!)
  }
  return db
    .select({ ...getTableColumns(member), reference: membershipApplication.reference })
    .from(member)
    .leftJoin(membershipApplication, eq(member.applicationId, membershipApplication.id))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(member.organisation), asc(member.id))
    .limit(2000)
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number]

/**
 * What the public list shows: members in good standing, the representative's
 * name only with consent (decided here, so a name without it never leaves
 * the database for a public page).
 */
export async function listedMembers(db: Database) {
  return db
    .select({
      id: member.id,
      organisation: member.organisation,
      kind: member.kind,
      country: member.country,
      website: member.website,
      memberSince: member.memberSince,
      representative: sql<string | null>`case when ${member.listRepresentative} then ${member.representative} end`,
    })
    .from(member)
    .where(eq(member.standing, 'good-standing'))
}

export type ListedMember = Awaited<ReturnType<typeof listedMembers>>[number]

const CSV_COLUMNS = [
  'id',
  'organisation',
  'kind',
  'country',
  'website',
  'representative',
  'email',
  'list_representative',
  'member_since',
  'standing',
  'application',
] as const

/** The members matching the filter, as CSV; the export is recorded first. */
export async function membersCsv(db: Database, filter: MemberFilter, actor: Actor): Promise<string> {
  await recordAudit(db, { actorId: actor.id, actorEmail: actor.email, action: 'members-exported', detail: { ...filter } })
  const rows = await listMembers(db, filter)
  return csv(
    CSV_COLUMNS,
    rows.map((m) => [
      m.id,
      m.organisation,
      m.kind,
      m.country,
      m.website,
      m.representative,
      m.email,
      m.listRepresentative ? 'yes' : 'no',
      m.memberSince,
      m.standing,
      m.reference,
    ]),
  )
}

// --- Officers ---------------------------------------------------------------

const GNSO_SEATS_KEY = 'officers.gnso-councillors'

/** How many GNSO Council seats the constituency holds, as an admin set it. */
export async function gnsoCouncillorSeats(db: Pick<Database, 'select'>): Promise<number> {
  const [row] = await db.select({ value: appSetting.value }).from(appSetting).where(eq(appSetting.key, GNSO_SEATS_KEY))
  const seats = Number(row?.value)
  return Number.isInteger(seats) && seats > 0 ? seats : DEFAULT_GNSO_COUNCILLORS
}

export async function setGnsoCouncillorSeats(db: Database, seats: number, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(appSetting)
      .values({ key: GNSO_SEATS_KEY, value: String(seats) })
      .onConflictDoUpdate({ target: appSetting.key, set: { value: String(seats) } })
    await recordAudit(tx, { actorId: actor.id, actorEmail: actor.email, action: 'officer-seats-set', detail: { gnsoCouncillors: seats } })
  })
}

const officerColumns = {
  id: officer.id,
  memberId: officer.memberId,
  role: officer.role,
  holder: officer.holder,
  organisation: member.organisation,
  termStart: officer.termStart,
  termEnd: officer.termEnd,
}

/** Every officer, past, present and to come, with the member's organisation. */
export async function listOfficers(db: Pick<Database, 'select'>) {
  return db
    .select(officerColumns)
    .from(officer)
    .innerJoin(member, eq(officer.memberId, member.id))
    .orderBy(desc(officer.termStart), asc(officer.id))
}

export type OfficerRow = Awaited<ReturnType<typeof listOfficers>>[number]

type AssignResult = { id: number } | { problem: OfficerProblem | 'no-member' | 'not-in-good-standing' | 'no-representative' }

/**
 * Makes a member's representative an officer, unless the role or the
 * constituency would then have more officers at once than allowed. One
 * assignment at a time (a transaction lock), so two admins cannot both
 * take the fifth seat.
 */
export async function assignOfficer(
  db: Database,
  input: { memberId: number; role: OfficerRole; termStart: string; termEnd: string },
  actor: Actor,
): Promise<AssignResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ispcp:officer'))`)
    const [holder] = await tx.select().from(member).where(eq(member.id, input.memberId))
    if (!holder) return { problem: 'no-member' as const }
    if (holder.standing !== 'good-standing') return { problem: 'not-in-good-standing' as const }
    if (!holder.representative) return { problem: 'no-representative' as const }
    const existing = await tx.select({ role: officer.role, termStart: officer.termStart, termEnd: officer.termEnd }).from(officer)
    const problem = officerProblem(existing, input, await gnsoCouncillorSeats(tx))
    if (problem) return { problem }
    const [created] = await tx
      .insert(officer)
      .values({ ...input, holder: holder.representative, holderEmail: holder.email })
      .returning({ id: officer.id })
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'officer-assigned',
      target: target(input.memberId),
      detail: { officer: created!.id, role: input.role, termStart: input.termStart, termEnd: input.termEnd },
    })
    return { id: created!.id }
  })
}

/** An entry made by mistake, taken off the record. False when there is none. */
export async function removeOfficer(db: Database, id: number, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [gone] = await tx.delete(officer).where(eq(officer.id, id)).returning({ memberId: officer.memberId, role: officer.role })
    if (!gone) return false
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'officer-removed',
      target: target(gone.memberId),
      detail: { officer: id, role: gone.role },
    })
    return true
  })
}
