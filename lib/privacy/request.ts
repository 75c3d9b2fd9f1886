// A privacy request on the desk: a secretariat member searches for an e-mail
// address (a POST, logged with the address's keyed hash), then sees what was
// found at an address that carries a sealed token instead of the e-mail
// address, so the address never lands in a URL, a log or the browser history,
// and a link from elsewhere cannot start a search in someone's name.
import 'server-only'
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import type { Database } from '@/lib/db/client'
import type { Actor } from '@/lib/db/queries/audit'
import { type Deleted, deletePersonalData, findPersonalData, type PersonalData, recordPrivacySearch } from '@/lib/db/queries/privacy'
import { emailHash, normaliseEmail, privacySecret } from './email-hash'

/** How long a search's results page stays open. */
const TOKEN_MINUTES = 30

async function tokenKey(db: Database): Promise<Buffer> {
  return createHash('sha256')
    .update(`privacy-request-token:${await privacySecret(db)}`)
    .digest()
}

async function seal(db: Database, payload: { email: string; staffId: string; expires: number }): Promise<string> {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', await tokenKey(db), iv)
  const sealed = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')
}

/** The e-mail address a token was made for, if it is ours, this staff member's and not expired. */
async function unseal(db: Database, token: string, staffId: string): Promise<string | undefined> {
  try {
    const raw = Buffer.from(token, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', await tokenKey(db), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    const payload: unknown = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'))
    const { email, staffId: owner, expires } = payload as { email?: unknown; staffId?: unknown; expires?: unknown }
    if (typeof email !== 'string' || owner !== staffId || typeof expires !== 'number' || expires < Date.now()) return undefined
    return email
  } catch {
    return undefined
  }
}

/** Searches, logs the search, and returns the token of its results page. */
export async function searchPersonalData(db: Database, email: string, actor: Actor & { id: string }): Promise<string> {
  const subject = await emailHash(db, email)
  await recordPrivacySearch(db, subject, await findPersonalData(db, email, subject), actor)
  return seal(db, { email: normaliseEmail(email), staffId: actor.id, expires: Date.now() + TOKEN_MINUTES * 60_000 })
}

/** What a results page shows; undefined for a token that is not (or no longer) good. */
export async function openPrivacyRequest(
  db: Database,
  token: string,
  staffId: string,
): Promise<{ email: string; found: PersonalData } | undefined> {
  const email = await unseal(db, token, staffId)
  if (!email) return undefined
  return { email, found: await findPersonalData(db, email, await emailHash(db, email)) }
}

/** Deletes everything the token's search finds. */
export async function erasePersonalData(db: Database, token: string, actor: Actor & { id: string }): Promise<Deleted | undefined> {
  const email = await unseal(db, token, actor.id)
  if (!email) return undefined
  return deletePersonalData(db, email, await emailHash(db, email), actor)
}

/** The audit log's name for an address, for searching the log. */
export const auditTargetFor = emailHash
