import { randomUUID } from 'node:crypto'
import { getTableColumns, getTableName, isTable } from 'drizzle-orm'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { confirmationMail } from '../../lib/alerts/mail'
import { newToken } from '../../lib/alerts/tokens'
import { requestSubscription, submitCallResponse } from '../../lib/db/queries/alerts'
import { submitApplication } from '../../lib/db/queries/applications'
import { addComment } from '../../lib/db/queries/comments'
import { countHits } from '../../lib/db/queries/form-rate-limit'
import { addMember, assignOfficer, listedMembers, listOfficers } from '../../lib/db/queries/members'
import { queueMail } from '../../lib/db/queries/outbox'
import { deletePersonalData, findPersonalData, OTHER_TABLES, PERSONAL_TABLES } from '../../lib/db/queries/privacy'
import * as schema from '../../lib/db/schema'
import { applicationMails } from '../../lib/mail/application-mail'
import { emailHash } from '../../lib/privacy/email-hash'
import { testDatabase, unique } from './connect'

const { db } = testDatabase()
const actor = { id: null, email: 'secretariat@example.org' }

async function storeEverythingAbout(email: string) {
  await addComment(db, { submission: randomUUID(), consultation: unique('c'), locale: 'en', name: 'Ana', email, body: 'A comment' })
  await addComment(db, {
    submission: randomUUID(),
    consultation: unique('c'),
    locale: 'ar',
    name: 'Ana',
    email: email.toUpperCase(),
    body: 'رأي',
  })
  await submitApplication(
    db,
    {
      submission: randomUUID(),
      locale: 'en',
      organisation: unique('Org'),
      kind: 'commercial-entity',
      country: 'FR',
      website: 'https://example.net',
      representative: 'Ana Example',
      email,
      phone: null,
      criteria: ['backbone'],
      statement: 'We run a network.',
    },
    (a) => applicationMails(a, 'secretariat@example.org', 'http://desk'),
  )
  await queueMail(db, { key: unique('mail'), recipient: email, locale: 'en', subject: 'Hello', body: 'Text' })
  // An alert subscription (with its confirmation mail) and an answer to a
  // call (with the Secretariat's notification, which names the address but
  // is not sent to it, and the confirmation to it).
  const site = new URL('https://www.example.org')
  await requestSubscription(db, { email, locale: 'ar', topics: ['calls'], token: newToken() }, (s) => confirmationMail(site, s))
  await submitCallResponse(
    db,
    {
      submission: randomUUID(),
      workingGroup: unique('wg'),
      callOpensAt: new Date('2030-01-01T00:00:00Z'),
      locale: 'en',
      name: 'Ana',
      organisation: null,
      email,
      message: null,
    },
    async (r) => [
      { key: `t:${r.id}:n`, recipient: null, locale: 'en', subject: 'Someone would like to take part', body: r.email },
      { key: `t:${r.id}:c`, recipient: r.email, locale: 'en', subject: 'Sent', body: 'Thank you' },
    ],
  )
  await countHits(db, [{ key: unique('counter'), subject: await emailHash(db, email) }], 3600)
  // A member represented from this address (in another spelling), listed with its name, and an officer entry.
  const organisation = unique('Member Org')
  const represented = await addMember(
    db,
    {
      organisation,
      kind: 'trade-association',
      country: 'DE',
      website: 'https://example.com',
      representative: 'Ana Example',
      email: email.toUpperCase(),
      listRepresentative: true,
      memberSince: '2021-06-01',
      standing: 'good-standing',
    },
    actor,
  )
  // A year of its own: the officer limits count every officer in the database.
  const year = 2500 + Math.floor(Math.random() * 5000)
  const assigned = await assignOfficer(
    db,
    { memberId: represented.id, role: 'csg-executive', termStart: `${year}-01-01`, termEnd: `${year}-12-31` },
    actor,
  )
  expect('id' in assigned).toBe(true)
  return organisation
}

describe('privacy requests', () => {
  it('find and delete everything stored about an address, in any spelling, and nothing about anyone else', async () => {
    const email = `${unique('ana')}@Example.org`
    const other = `${unique('bo')}@example.org`
    const organisation = await storeEverythingAbout(email)
    await storeEverythingAbout(other)
    const subject = await emailHash(db, ` ${email.toLowerCase()} `)
    expect(subject).toBe(await emailHash(db, email))
    const found = await findPersonalData(db, email, subject)
    expect(found.comments).toHaveLength(2)
    expect(found.applications).toHaveLength(1)
    expect(found.subscriptions).toHaveLength(1)
    expect(found.callResponses).toHaveLength(1)
    // The applicant's acknowledgement, the Secretariat's notice of it, the mail sent to the address,
    // the subscription's confirmation, and the answer's notification and confirmation.
    expect(found.mail.length).toBe(6)
    expect(found.counters).toBe(1)
    expect(found.members).toMatchObject([{ organisation, representative: 'Ana Example' }])
    expect(found.officers).toMatchObject([{ role: 'csg-executive', holder: 'Ana Example' }])

    const deleted = await deletePersonalData(db, email, subject, actor)
    expect(deleted).toEqual({
      comments: 2,
      applications: 1,
      mail: 6,
      members: 1,
      officers: 1,
      subscriptions: 1,
      callResponses: 1,
      counters: 1,
    })
    expect(await findPersonalData(db, email, subject)).toEqual({
      comments: [],
      applications: [],
      mail: [],
      members: [],
      officers: [],
      subscriptions: [],
      callResponses: [],
      counters: 0,
    })
    // The organisation stays a listed member, its representative not listed; the officer entry is gone.
    const listed = (await listedMembers(db)).find((m) => m.organisation === organisation)
    expect(listed).toMatchObject({ organisation, representative: null })
    expect((await listOfficers(db)).filter((o) => o.organisation === organisation)).toEqual([])
    const untouched = await findPersonalData(db, other, await emailHash(db, other))
    expect([
      untouched.comments.length,
      untouched.applications.length,
      untouched.mail.length,
      untouched.members.length,
      untouched.officers.length,
      untouched.subscriptions.length,
      untouched.callResponses.length,
      untouched.counters,
    ]).toEqual([2, 1, 6, 1, 1, 1, 1, 1])
  })

  it('logs the deletion under the keyed hash of the address, never the address', async () => {
    const email = `${unique('cy')}@example.org`
    await storeEverythingAbout(email)
    const subject = await emailHash(db, email)
    await deletePersonalData(db, email, subject, actor)
    const [entry] = await db.select().from(schema.auditLog).where(eq(schema.auditLog.target, subject))
    expect(entry!.action).toBe('privacy-deleted')
    expect(JSON.stringify(entry)).not.toContain(email)
    expect(subject).toMatch(/^email-hash:[A-Za-z0-9_-]{43}$/)
  })

  it('covers every table of the schema, or says why a table holds nothing to find', () => {
    const tables = Object.values(schema).filter((value) => isTable(value))
    for (const table of tables) {
      const name = getTableName(table)
      const covered = PERSONAL_TABLES.includes(name) || name in OTHER_TABLES
      expect(covered, `${name}: add it to lib/db/queries/privacy.ts`).toBe(true)
      const columns = Object.values(getTableColumns(table)).map((c) => c.name)
      if (columns.some((c) => /e_?mail|recipient/.test(c)) && !PERSONAL_TABLES.includes(name))
        expect(OTHER_TABLES[name], `${name} holds addresses`).toMatch(/staff|deleted with/)
    }
  })
})
