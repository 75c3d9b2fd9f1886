// The one way an e-mail address is written where it must be findable but not
// readable: the audit log's targets and the rate-limit counters' subjects. A
// keyed hash (the key lives in the database, shared by every instance), so
// the log cannot be reversed with a list of likely addresses, yet a privacy
// request finds every row about an address by hashing it again.
import { createHmac, randomBytes } from 'node:crypto'
import type { Database } from '@/lib/db/client'
import { sharedSetting } from '@/lib/db/queries/settings'

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

const secrets = new WeakMap<Database, Promise<string>>()

/** The key of every keyed hash and token of a privacy request. */
export function privacySecret(db: Database): Promise<string> {
  let found = secrets.get(db)
  if (!found) {
    found = sharedSetting(db, 'privacy_secret', () => randomBytes(32).toString('base64url'))
    found.catch(() => secrets.delete(db))
    secrets.set(db, found)
  }
  return found
}

/** `email-hash:…`, the same for every spelling of one address. */
export async function emailHash(db: Database, email: string): Promise<string> {
  const digest = createHmac('sha256', await privacySecret(db))
    .update(normaliseEmail(email))
    .digest('base64url')
  return `email-hash:${digest}`
}
