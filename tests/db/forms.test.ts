import { describe, expect, it } from 'vitest'
import { countHits } from '../../lib/db/queries/form-rate-limit'
import { formRateLimit } from '../../lib/db/schema'
import { testDatabase, unique } from './connect'
import { eq, sql } from 'drizzle-orm'

const { db } = testDatabase()

describe('form rate limit counters', () => {
  it('counts hits per key, concurrently, and starts a window again once it is over', async () => {
    const a = unique('ip')
    const b = unique('email')
    const all = await Promise.all(Array.from({ length: 20 }, () => countHits(db, [a, b], 60)))
    expect(all.map(([count]) => count).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    await db.update(formRateLimit).set({ windowStart: sql`now() - interval '2 minutes'` }).where(eq(formRateLimit.key, a))
    expect(await countHits(db, [a, b], 60)).toEqual([1, 21])
  })
})
