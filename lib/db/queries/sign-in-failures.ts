// Repeated failed sign-ins for one address are slowed, then locked for a
// while. Counted in the database so every instance agrees.
import { eq, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { signInFailure } from '../schema'

export const LOCK_AFTER_FAILURES = 10
export const LOCK_MINUTES = 15
/** Extra wait per failure so far, before answering a failed attempt. */
export const SLOWDOWN_MS_PER_FAILURE = 100

const normalise = (email: string) => email.trim().toLowerCase()

export async function lockedUntil(db: Database, email: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ lockedUntil: signInFailure.lockedUntil })
    .from(signInFailure)
    .where(eq(signInFailure.email, normalise(email)))
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : undefined
}

/** Counts one failure atomically; the tenth in a row locks the address. */
export async function recordFailure(db: Database, email: string): Promise<{ failures: number; lockedUntil: Date | null }> {
  const locking = sql`${signInFailure.failures} + 1 >= ${LOCK_AFTER_FAILURES}`
  const [row] = await db
    .insert(signInFailure)
    .values({ email: normalise(email), failures: 1 })
    .onConflictDoUpdate({
      target: signInFailure.email,
      set: {
        // A lock that has run out starts the count again.
        failures: sql`case when ${locking} then 0 when ${signInFailure.lockedUntil} < now() then 1 else ${signInFailure.failures} + 1 end`,
        lockedUntil: sql`case when ${locking} then now() + make_interval(mins => ${LOCK_MINUTES}) else ${signInFailure.lockedUntil} end`,
        lastFailureAt: sql`now()`,
      },
    })
    .returning({ failures: signInFailure.failures, lockedUntil: signInFailure.lockedUntil })
  return row!
}

export async function clearFailures(db: Database, email: string): Promise<void> {
  await db.delete(signInFailure).where(eq(signInFailure.email, normalise(email)))
}
