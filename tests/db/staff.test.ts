import { verifyPassword } from 'better-auth/crypto'
import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { addNote, noteByRequestKey } from '../../lib/db/queries/notes'
import {
  clearFailures,
  countUnknownAccountFailure,
  lockedUntil,
  PAIR_RULE,
  recordFailure,
  unknownAccountFailures,
} from '../../lib/db/queries/sign-in-failures'
import { listStaff, removeStaff, upsertStaff } from '../../lib/db/queries/staff'
import { account, auditLog, session, signInFailure } from '../../lib/db/schema'
import { testDatabase, unique } from './connect'

const { db } = testDatabase()
const actor = { id: null, email: 'command line (test)' }

async function passwordHash(userId: string) {
  const [row] = await db
    .select({ password: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, 'credential')))
  return row!.password!
}

describe('staff accounts', () => {
  it('creates an account, then updates its role and password and ends its sessions', async () => {
    const email = `${unique('staff')}@Example.org`
    const created = await upsertStaff(db, { email, role: 'moderator', password: 'first-password-1' }, actor)
    expect(created.created).toBe(true)
    expect(await verifyPassword({ hash: await passwordHash(created.id), password: 'first-password-1' })).toBe(true)
    await db
      .insert(session)
      .values({ id: unique('s'), token: unique('t'), userId: created.id, expiresAt: new Date(Date.now() + 3_600_000) })

    const updated = await upsertStaff(db, { email: email.toLowerCase(), role: 'secretariat', password: 'second-password-2' }, actor)
    expect(updated).toEqual({ id: created.id, created: false })
    expect(await verifyPassword({ hash: await passwordHash(created.id), password: 'second-password-2' })).toBe(true)
    expect(await db.select().from(session).where(eq(session.userId, created.id))).toHaveLength(0)
    expect((await listStaff(db)).find((s) => s.id === created.id)?.role).toBe('secretariat')

    expect(await removeStaff(db, email, actor)).toBe(true)
    expect(await removeStaff(db, email, actor)).toBe(false)
    const entries = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.target, email.toLowerCase()))
    expect(entries.map((e) => e.action).sort()).toEqual(['account-created', 'account-removed', 'account-updated'])
  })
})

describe('notes', () => {
  it('saves a resubmitted form once, with exactly one audit entry', async () => {
    const author = await upsertStaff(
      db,
      { email: `${unique('author')}@example.org`, role: 'moderator', password: 'a-long-password' },
      actor,
    )
    const requestKey = unique('key')
    const input = { requestKey, author: { id: author.id, email: 'author@example.org' }, body: "Robert'); DROP TABLE staff_note;--" }
    const [first, again] = await Promise.all([addNote(db, input), addNote(db, input)])
    expect([first.created, again.created].sort()).toEqual([false, true])
    const [note] = await noteByRequestKey(db, requestKey)
    expect(note!.body).toBe(input.body)
    expect(
      await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.target, `note:${note!.id}`)),
    ).toHaveLength(1)
  })
})

describe('sign-in failures', () => {
  it('locks a key once its rule’s count is reached within the window, and says so once', async () => {
    const key = unique('pair')
    for (let i = 1; i < PAIR_RULE.lockAfter; i++) expect((await recordFailure(db, key, PAIR_RULE)).lockedNow).toBe(false)
    expect(await lockedUntil(db, [key])).toBeUndefined()
    const last = await recordFailure(db, key, PAIR_RULE)
    expect(last.lockedNow).toBe(true)
    expect(last.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + (PAIR_RULE.lockMinutes - 1) * 60_000)
    expect(await lockedUntil(db, [unique('other'), key])).toEqual(last.lockedUntil)
    await clearFailures(db, key)
    expect(await lockedUntil(db, [key])).toBeUndefined()
  })

  it('starts counting again once the window or the lock has run out', async () => {
    const key = unique('window')
    for (let i = 0; i < 3; i++) await recordFailure(db, key, PAIR_RULE)
    await db
      .update(signInFailure)
      .set({ windowStart: sql`now() - make_interval(mins => ${PAIR_RULE.windowMinutes + 1})` })
      .where(eq(signInFailure.key, key))
    expect((await recordFailure(db, key, PAIR_RULE)).failures).toBe(1)
  })

  it('counts failures for addresses with no account per hour, without naming them', async () => {
    const before = await countUnknownAccountFailure(db)
    expect(await countUnknownAccountFailure(db)).toBe(before + 1)
    const [latest] = await unknownAccountFailures(db)
    expect(latest!.failures).toBe(before + 1)
    expect(latest!.hour).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00Z$/)
  })
})
