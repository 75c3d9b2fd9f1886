// Staff accounts: Better Auth's user table with the admin plugin's role,
// and a "credential" account holding the password hash.
import { randomUUID } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import { and, asc, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { account, session, user } from '../schema'
import { type Actor, recordAudit } from './audit'

export const ROLES = ['admin', 'secretariat', 'moderator', 'editor'] as const
export type Role = (typeof ROLES)[number]
export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role)

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 256

const normalise = (email: string) => email.trim().toLowerCase()

export type { Actor }

/** Creates the account, or sets a new password and role on an existing one. */
export async function upsertStaff(db: Database, input: { email: string; role: Role; password: string; name?: string }, actor: Actor) {
  const email = normalise(input.email)
  const hash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email))
    const now = new Date()
    const id = existing?.id ?? randomUUID()
    if (existing) {
      await tx.update(user).set({ role: input.role, updatedAt: now }).where(eq(user.id, id))
      const updated = await tx
        .update(account)
        .set({ password: hash, updatedAt: now })
        .where(and(eq(account.userId, id), eq(account.providerId, 'credential')))
        .returning({ id: account.id })
      if (!updated.length)
        await tx.insert(account).values({ id: randomUUID(), userId: id, accountId: id, providerId: 'credential', password: hash })
      // A new password ends every session signed in with the old one.
      await tx.delete(session).where(eq(session.userId, id))
    } else {
      await tx.insert(user).values({ id, email, name: input.name ?? email, emailVerified: true, role: input.role })
      await tx.insert(account).values({ id: randomUUID(), userId: id, accountId: id, providerId: 'credential', password: hash })
    }
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: existing ? 'account-updated' : 'account-created',
      target: email,
      detail: { role: input.role },
    })
    return { id, created: !existing }
  })
}

/** The account with this address (any spelling), if there is one. */
export async function staffByEmail(db: Database, email: string): Promise<{ id: string; email: string } | undefined> {
  const [found] = await db
    .select({ id: user.id, email: user.email })
    .from(user)
    .where(eq(user.email, normalise(email)))
  return found
}

export async function listStaff(db: Database) {
  return db.select({ id: user.id, email: user.email, role: user.role, createdAt: user.createdAt }).from(user).orderBy(asc(user.email))
}

export async function removeStaff(db: Database, email: string, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(user)
      .where(eq(user.email, normalise(email)))
      .returning({ id: user.id })
    if (removed.length)
      await recordAudit(tx, { actorId: actor.id, actorEmail: actor.email, action: 'account-removed', target: normalise(email) })
    return removed.length > 0
  })
}
