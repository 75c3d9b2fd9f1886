import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Database } from '../client'
import { appSetting } from '../schema'

/** The value stored under `key`, created by `make` the first time; every instance gets the same. */
export async function sharedSetting(db: Database, key: string, make: () => string): Promise<string> {
  await db.insert(appSetting).values({ key, value: make() }).onConflictDoNothing()
  const [row] = await db.select({ value: appSetting.value }).from(appSetting).where(eq(appSetting.key, key))
  return row!.value
}

export const authSecret = (db: Database) => sharedSetting(db, 'auth_secret', () => randomBytes(32).toString('base64url'))
