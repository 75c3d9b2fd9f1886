import { randomUUID } from 'node:crypto'
import { eq, like } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { setApplicationStatus, submitApplication } from '../../lib/db/queries/applications'
import {
  addMember,
  admitApplication,
  assignOfficer,
  gnsoCouncillorSeats,
  listedMembers,
  listOfficers,
  membersCsv,
  removeOfficer,
  setGnsoCouncillorSeats,
  updateMember,
} from '../../lib/db/queries/members'
import { auditLog, member } from '../../lib/db/schema'
import { applicationMails } from '../../lib/mail/application-mail'
import type { MemberInput } from '../../lib/members/record'
import { csvLines } from '../support/csv'
import { testDatabase, unique } from './connect'

const { db } = testDatabase()
// audit_log.actor_id names an account without a foreign key: any id does for a test.
const actor = { id: 'test-secretariat', email: 'secretariat@example.org' }

const memberInput = (over: Partial<MemberInput> = {}): MemberInput => ({
  organisation: unique('Org'),
  kind: 'commercial-entity',
  country: 'FR',
  website: 'https://example.net',
  representative: unique('Rep'),
  email: `${unique('rep')}@example.net`,
  listRepresentative: false,
  memberSince: '2020-01-15',
  standing: 'good-standing',
  ...over,
})

async function acceptedApplication(listRepresentative: boolean) {
  const { application } = await submitApplication(
    db,
    {
      submission: randomUUID(),
      locale: 'ar',
      organisation: unique('شبكة'),
      kind: 'trade-association',
      country: 'EG',
      website: 'https://example.org',
      representative: unique('Amal'),
      email: `${unique('amal')}@example.org`,
      phone: null,
      criteria: ['backbone'],
      statement: 'We run a network.',
      listRepresentative,
    },
    (a) => applicationMails(a, 'secretariat@example.org', 'http://desk'),
  )
  return application
}

const listed = async (organisation: string) => (await listedMembers(db)).find((m) => m.organisation === organisation)

describe('members', () => {
  it('admits an accepted application once, with the consent it gave, and names no one in the audit log', async () => {
    const application = await acceptedApplication(true)
    expect(await admitApplication(db, application.id, actor)).toEqual({ problem: 'not-accepted' })
    await setApplicationStatus(db, application.id, 'accepted', actor)
    const [first, again] = await Promise.all([admitApplication(db, application.id, actor), admitApplication(db, application.id, actor)])
    if (!('member' in first) || !('member' in again)) throw new Error('not admitted')
    expect([first.created, again.created].sort()).toEqual([false, true])
    expect(first.member.id).toBe(again.member.id)
    expect(first.member).toMatchObject({
      organisation: application.organisation,
      representative: application.representative,
      email: application.email,
      listRepresentative: true,
      standing: 'good-standing',
      memberSince: new Date().toISOString().slice(0, 10),
    })
    expect(await listed(application.organisation)).toMatchObject({ representative: application.representative, country: 'EG' })
    const entries = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `member:${first.member.id}`))
    expect(entries.map((e) => e.action)).toEqual(['member-admitted'])
    expect(JSON.stringify(entries)).not.toContain(application.representative)
    expect(JSON.stringify(entries)).not.toContain(application.email)
    expect(await admitApplication(db, 0, actor)).toEqual({ problem: 'not-found' })
  })

  it('lists members in good standing only, and a name only with consent', async () => {
    const consenting = await addMember(db, memberInput({ listRepresentative: true }), actor)
    const silent = await addMember(db, memberInput(), actor)
    expect((await listed(consenting.organisation))?.representative).toBe(consenting.representative)
    expect(await listed(silent.organisation)).toMatchObject({ representative: null, website: 'https://example.net' })
    const { id, createdAt, updatedAt, applicationId, ...stored } = consenting
    await updateMember(db, id, { ...stored, representative: stored.representative!, email: stored.email!, standing: 'lapsed' }, actor)
    expect(await listed(consenting.organisation)).toBeUndefined()
    const [update] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `member:${id}`))
      .orderBy(auditLog.id)
      .offset(1)
    expect(update).toMatchObject({
      action: 'member-updated',
      detail: { changed: ['standing'], standing: { from: 'good-standing', to: 'lapsed' } },
    })
  })

  it('exports members as CSV, logged first', async () => {
    const one = await addMember(db, memberInput({ organisation: `=HYPERLINK("x") ${unique('Org')}`, standing: 'resigned' }), actor)
    const text = await membersCsv(db, { standing: 'resigned', search: one.organisation.slice(-10) }, actor)
    const lines = csvLines(text)
    expect(lines[0]).toBe('id,organisation,kind,country,website,representative,email,list_representative,member_since,standing,application')
    // The header, one member, and the empty string after the last line's CRLF.
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain(`'=HYPERLINK`)
    expect(lines[1]).toContain(one.email)
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'members-exported')).orderBy(auditLog.id)
    expect(entry).toBeDefined()
  })
})

describe('officers', () => {
  it('refuses a role beyond its seats and a sixth officer at once, and takes them off again', async () => {
    // Terms far from any other test's, since the limits count every officer in the database.
    const year = 2200 + Math.floor(Math.random() * 100)
    const termOf = { termStart: `${year}-01-01`, termEnd: `${year}-12-31` }
    const people = await Promise.all(Array.from({ length: 6 }, () => addMember(db, memberInput(), actor)))
    const assign = (i: number, role: Parameters<typeof assignOfficer>[1]['role']) =>
      assignOfficer(db, { memberId: people[i]!.id, role, ...termOf }, actor)
    expect(await gnsoCouncillorSeats(db)).toBe(2)
    const made = [
      await assign(0, 'chair'),
      await assign(1, 'gnso-councillor'),
      await assign(2, 'gnso-councillor'),
      await assign(3, 'csg-executive'),
      await assign(4, 'csg-executive-alternate'),
    ]
    expect(made.every((r) => 'id' in r)).toBe(true)
    expect(await assign(5, 'chair')).toEqual({ problem: 'role-full' })
    expect(await assign(5, 'gnso-councillor')).toEqual({ problem: 'role-full' })
    await setGnsoCouncillorSeats(db, 3, actor)
    try {
      expect(await assign(5, 'gnso-councillor')).toEqual({ problem: 'too-many' })
    } finally {
      await setGnsoCouncillorSeats(db, 2, actor)
    }
    const officers = (await listOfficers(db)).filter((o) => o.termStart === termOf.termStart)
    expect(officers).toHaveLength(5)
    expect(officers.find((o) => o.role === 'chair')).toMatchObject({
      holder: people[0]!.representative,
      organisation: people[0]!.organisation,
      termEnd: termOf.termEnd,
    })
    // The chair steps down: the seat is free again.
    const chair = made[0]!
    if (!('id' in chair)) throw new Error('no chair')
    expect(await removeOfficer(db, chair.id, actor)).toBe(true)
    expect(await removeOfficer(db, chair.id, actor)).toBe(false)
    expect('id' in (await assign(5, 'chair'))).toBe(true)
  })

  it('takes only a member in good standing who has a representative', async () => {
    const year = 2300 + Math.floor(Math.random() * 100)
    const lapsed = await addMember(db, memberInput({ standing: 'lapsed' }), actor)
    const term = { role: 'chair' as const, termStart: `${year}-01-01`, termEnd: `${year}-06-30` }
    expect(await assignOfficer(db, { memberId: lapsed.id, ...term }, actor)).toEqual({ problem: 'not-in-good-standing' })
    expect(await assignOfficer(db, { memberId: 0, ...term }, actor)).toEqual({ problem: 'no-member' })
    const nameless = await addMember(db, memberInput(), actor)
    await db.update(member).set({ representative: null, email: null }).where(eq(member.id, nameless.id))
    expect(await assignOfficer(db, { memberId: nameless.id, ...term }, actor)).toEqual({ problem: 'no-representative' })
    expect(
      await db
        .select()
        .from(auditLog)
        .where(like(auditLog.target, `member:${lapsed.id}`)),
    ).toHaveLength(1)
  })
})
