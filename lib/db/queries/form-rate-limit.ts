import { sql } from 'drizzle-orm'
import type { Database } from '../client'
import { formRateLimit } from '../schema'

/**
 * Counts one more hit on each key in a window of `windowSeconds` (a window
 * older than that starts again at 1) and returns each key's count. Keys are
 * sorted so that two requests sharing keys never deadlock.
 */
export async function countHits(db: Database, keys: string[], windowSeconds: number): Promise<number[]> {
  const sorted = [...new Set(keys)].sort()
  if (!sorted.length) return []
  const expired = sql`${formRateLimit.windowStart} < now() - make_interval(secs => ${windowSeconds}::double precision)`
  const rows = await db
    .insert(formRateLimit)
    .values(sorted.map((key) => ({ key, count: 1 })))
    .onConflictDoUpdate({
      target: formRateLimit.key,
      set: {
        count: sql`case when ${expired} then 1 else ${formRateLimit.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${formRateLimit.windowStart} end`,
      },
    })
    .returning({ key: formRateLimit.key, count: formRateLimit.count })
  const counts = new Map(rows.map((r) => [r.key, r.count]))
  return keys.map((key) => counts.get(key)!)
}
