// Failed sign-ins, counted in the database so every instance agrees. Three
// kinds of counter, none holding an e-mail address:
// - one staff account from one network address (hashed): slowed, then
//   locked for a while, so one address cannot go on guessing;
// - one account from anywhere: a slower limit, which no single address can
//   reach on its own (it is locked out first), so nobody can keep a staff
//   member locked out from one machine;
// - addresses with no account, per hour: counted, never itemised.
import { inArray, like, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { signInFailure } from '../schema'

export interface FailureRule {
  /** Failures within `windowMinutes` that lock the key. */
  lockAfter: number
  windowMinutes: number
  lockMinutes: number
}

export const PAIR_RULE: FailureRule = { lockAfter: 10, windowMinutes: 15, lockMinutes: 15 }
// One address is locked after 10 failures per 15 minutes, so it reaches at
// most 40 an hour on an account: 50 needs several.
export const ACCOUNT_RULE: FailureRule = { lockAfter: 50, windowMinutes: 60, lockMinutes: 15 }
/** Failed attempts one network address may make, on any accounts, per window. */
export const SIGN_IN_RATE = { limit: 50, windowSeconds: 15 * 60 }
/** Extra wait per failure so far, before answering a failed attempt. */
export const SLOWDOWN_MS_PER_FAILURE = 100

export const pairKey = (userId: string, addressHash: string) => `pair:${userId}:${addressHash}`
export const accountKey = (userId: string) => `account:${userId}`
const UNKNOWN_PREFIX = 'unknown-accounts:'

/** The latest lock still running on any of the keys. */
export async function lockedUntil(db: Database, keys: string[]): Promise<Date | undefined> {
  const rows = await db.select({ lockedUntil: signInFailure.lockedUntil }).from(signInFailure).where(inArray(signInFailure.key, keys))
  const now = Date.now()
  const running = rows.map((r) => r.lockedUntil).filter((d): d is Date => !!d && d.getTime() > now)
  return running.sort((a, b) => b.getTime() - a.getTime())[0]
}

/**
 * Counts one failure atomically. A window or lock that has run out starts
 * the count again; the failure that reaches `lockAfter` locks the key and
 * says so (`lockedNow`), once.
 */
export async function recordFailure(
  db: Database,
  key: string,
  rule: FailureRule,
): Promise<{ failures: number; lockedUntil: Date | null; lockedNow: boolean }> {
  const stale = sql`(${signInFailure.lockedUntil} is not null and ${signInFailure.lockedUntil} < now()) or ${signInFailure.windowStart} < now() - make_interval(mins => ${rule.windowMinutes})`
  const next = sql`case when ${stale} then 1 else ${signInFailure.failures} + 1 end`
  const [row] = await db
    .insert(signInFailure)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: signInFailure.key,
      set: {
        failures: next,
        lockedUntil: sql`case when ${next} >= ${rule.lockAfter} and (${signInFailure.lockedUntil} is null or ${stale}) then now() + make_interval(mins => ${rule.lockMinutes}) when ${stale} then null else ${signInFailure.lockedUntil} end`,
        windowStart: sql`case when ${stale} then now() else ${signInFailure.windowStart} end`,
      },
    })
    .returning({ failures: signInFailure.failures, lockedUntil: signInFailure.lockedUntil })
  return { ...row!, lockedNow: row!.failures === rule.lockAfter && row!.lockedUntil !== null }
}

export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.delete(signInFailure).where(inArray(signInFailure.key, [key]))
}

/**
 * One more failed sign-in for an address with no account, in this hour's
 * counter; returns the hour's count. Counters older than a day are deleted.
 */
export async function countUnknownAccountFailure(db: Database): Promise<number> {
  await db
    .delete(signInFailure)
    .where(sql`${signInFailure.key} like ${`${UNKNOWN_PREFIX}%`} and ${signInFailure.windowStart} < now() - interval '1 day'`)
  const hour = new Date().toISOString().slice(0, 13)
  const [row] = await db
    .insert(signInFailure)
    .values({ key: `${UNKNOWN_PREFIX}${hour}`, failures: 1 })
    .onConflictDoUpdate({ target: signInFailure.key, set: { failures: sql`${signInFailure.failures} + 1` } })
    .returning({ failures: signInFailure.failures })
  return row!.failures
}

/** Failed sign-ins for addresses with no account, per hour, over the last day (newest first). */
export async function unknownAccountFailures(db: Database): Promise<{ hour: string; failures: number }[]> {
  const rows = await db
    .select({ key: signInFailure.key, failures: signInFailure.failures })
    .from(signInFailure)
    .where(like(signInFailure.key, `${UNKNOWN_PREFIX}%`))
  return rows
    .map((r) => ({ hour: `${r.key.slice(UNKNOWN_PREFIX.length)}:00Z`, failures: r.failures }))
    .sort((a, b) => (a.hour < b.hour ? 1 : -1))
}
