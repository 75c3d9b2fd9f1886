import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { formRateLimit } from '../schema'

export interface RateKey {
  key: string
  /** The keyed hash of the e-mail address this counter is about, if any. */
  subject?: string
}

const expired = sql`${formRateLimit.windowStart} < now() - make_interval(secs => ${formRateLimit.windowSeconds}::double precision)`

/**
 * Counts one more hit on each key in a window of `windowSeconds` (a window
 * older than that starts again at 1) and returns each key's count. Keys are
 * sorted so that two requests sharing keys never deadlock. Counters whose
 * window has passed are deleted on the way: they count nothing any more.
 */
export async function countHits(db: Database, keys: RateKey[], windowSeconds: number): Promise<number[]> {
  const sorted = [...new Map(keys.map((k) => [k.key, k])).values()].sort((a, b) => (a.key < b.key ? -1 : 1))
  if (!sorted.length) return []
  await db.delete(formRateLimit).where(expired)
  const rows = await db
    .insert(formRateLimit)
    .values(sorted.map(({ key, subject }) => ({ key, subject, windowSeconds, count: 1 })))
    .onConflictDoUpdate({
      target: formRateLimit.key,
      set: {
        count: sql`case when ${expired} then 1 else ${formRateLimit.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${formRateLimit.windowStart} end`,
      },
    })
    .returning({ key: formRateLimit.key, count: formRateLimit.count })
  const counts = new Map(rows.map((r) => [r.key, r.count]))
  return keys.map(({ key }) => counts.get(key)!)
}

/** A key's count in its current window, without counting a hit. */
export async function currentHits(db: Database, key: string): Promise<number> {
  const [row] = await db
    .select({ count: formRateLimit.count })
    .from(formRateLimit)
    .where(and(eq(formRateLimit.key, key), sql`not (${expired})`))
  return row?.count ?? 0
}

/** Every counter about one e-mail address (by its keyed hash). */
export async function countersAbout(db: Database, subject: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(formRateLimit).where(eq(formRateLimit.subject, subject))
  return row?.n ?? 0
}
