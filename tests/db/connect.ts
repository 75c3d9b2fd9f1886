import { drizzle } from 'drizzle-orm/node-postgres'
import { afterAll, inject } from 'vitest'
import { createPool, type Database } from '../../lib/db/client'
import * as schema from '../../lib/db/schema'

/** A pool on the test database for one test file, closed after it. */
export function testDatabase(): { db: Database; url: string } {
  const url = inject('databaseUrl')
  const pool = createPool(url, 4)
  afterAll(() => pool.end())
  return { db: drizzle(pool, { schema }), url }
}

export const unique = (label: string) => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
