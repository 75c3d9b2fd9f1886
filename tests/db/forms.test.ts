import { describe, expect, it } from 'vitest'
import { countersAbout, countHits, currentHits } from '../../lib/db/queries/form-rate-limit'
import { formRateLimit } from '../../lib/db/schema'
import { testDatabase, unique } from './connect'
import { eq, sql } from 'drizzle-orm'

const { db } = testDatabase()

describe('form rate limit counters', () => {
  it('counts hits per key, concurrently, and starts a window again once it is over', async () => {
    const a = unique('ip')
    const b = unique('email')
    const keys = [{ key: a }, { key: b }]
    const all = await Promise.all(Array.from({ length: 20 }, () => countHits(db, keys, 60)))
    expect(all.map(([count]) => count).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    await db.update(formRateLimit).set({ windowStart: sql`now() - interval '2 minutes'` }).where(eq(formRateLimit.key, a))
    expect(await countHits(db, keys, 60)).toEqual([1, 21])
  })

  it('deletes counters whose window has passed, and marks those about an e-mail address', async () => {
    const old = unique('old')
    const about = unique('about')
    await countHits(db, [{ key: old }], 60)
    await db.update(formRateLimit).set({ windowStart: sql`now() - interval '61 seconds'` }).where(eq(formRateLimit.key, old))
    await countHits(db, [{ key: about, subject: 'email-hash:x' }], 3600)
    expect(await db.select().from(formRateLimit).where(eq(formRateLimit.key, old))).toHaveLength(0)
    expect(await countersAbout(db, 'email-hash:x')).toBe(1)
    expect(await currentHits(db, about)).toBe(1)
    expect(await currentHits(db, old)).toBe(0)
  })
})
