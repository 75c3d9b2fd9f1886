// What stands between a password guesser and the staff accounts, on every
// path that checks a password (the desk's form and /api/auth both pass
// through Better Auth's hooks, lib/auth/auth.ts):
// - per network address: at most SIGN_IN_RATE failed attempts, whatever
//   the account, then 429 until the window passes;
// - per account and address: slowed, then locked (PAIR_RULE);
// - per account, from anywhere: a slower lock (ACCOUNT_RULE) that no one
//   address can trigger by itself.
// The audit log gets the first failure of a run and each lock, not every
// attempt; failures for addresses with no account are counted per hour and
// logged once an hour, so nobody can grow the log without bound.
import 'server-only'
import { APIError } from 'better-auth/api'
import type { Database } from '@/lib/db/client'
import { recordAudit } from '@/lib/db/queries/audit'
import {
  ACCOUNT_RULE,
  accountKey,
  clearFailures,
  countUnknownAccountFailure,
  lockedUntil,
  PAIR_RULE,
  pairKey,
  recordFailure,
  SIGN_IN_RATE,
  SLOWDOWN_MS_PER_FAILURE,
} from '@/lib/db/queries/sign-in-failures'
import { staffByEmail } from '@/lib/db/queries/staff'
import { clientAddress } from '@/lib/forms/client'
import { atLimit, countHit, hashKey } from '@/lib/forms/rate-limit'
import { hasControlCharacters } from '@/lib/forms/validation'

const EMAIL_MAX_LENGTH = 320

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
const addressKey = (address: string) => `sign-in:ip:${address}`

function lockedMessage(until: Date): string {
  return `Too many failed sign-ins: this account is locked until ${until.toISOString().slice(11, 16)} UTC.`
}

/** An attempt as the hooks see it: who it names, and from where. */
export interface Attempt {
  email: string
  headers: Headers | undefined
}

async function accountKeys(attempt: Attempt) {
  const address = clientAddress(attempt.headers ?? new Headers())
  return { address, addressHash: await hashKey(`ip:${address}`) }
}

/** Before the password is checked: refuses what no password check should see. */
export async function admitAttempt(db: Database, attempt: Attempt): Promise<void> {
  if (attempt.email.length > EMAIL_MAX_LENGTH || hasControlCharacters(attempt.email))
    throw new APIError('BAD_REQUEST', { message: 'Enter a valid email address.', code: 'INVALID_EMAIL' })
  const { address, addressHash } = await accountKeys(attempt)
  if (await atLimit(addressKey(address), SIGN_IN_RATE))
    throw new APIError('TOO_MANY_REQUESTS', {
      message: 'Too many failed sign-ins from your network address. Try again in 15 minutes.',
      code: 'TOO_MANY_ATTEMPTS',
    })
  const account = await staffByEmail(db, attempt.email)
  if (!account) return
  const until = await lockedUntil(db, [pairKey(account.id, addressHash), accountKey(account.id)])
  if (until) throw new APIError('TOO_MANY_REQUESTS', { message: lockedMessage(until), code: 'ACCOUNT_LOCKED' })
}

/** After a wrong password: counts it, logs what is worth logging, and slows the answer. */
export async function recordFailedAttempt(db: Database, attempt: Attempt): Promise<void> {
  const { address, addressHash } = await accountKeys(attempt)
  await countHit(addressKey(address), SIGN_IN_RATE)
  const account = await staffByEmail(db, attempt.email)
  if (!account) {
    const thisHour = await countUnknownAccountFailure(db)
    if (thisHour === 1)
      await recordAudit(db, { action: 'sign-in-failed', detail: { account: 'none', later: 'counted per hour, not logged one by one' } })
    return
  }
  const pair = await recordFailure(db, pairKey(account.id, addressHash), PAIR_RULE)
  const overall = await recordFailure(db, accountKey(account.id), ACCOUNT_RULE)
  const locked = pair.lockedNow ? 'this address' : overall.lockedNow ? 'every address' : undefined
  if (pair.failures === 1 || locked)
    await recordAudit(db, {
      actorId: account.id,
      actorEmail: account.email,
      action: locked ? 'sign-in-locked' : 'sign-in-failed',
      detail: locked ? { failures: locked === 'this address' ? pair.failures : overall.failures, lockedFor: locked } : { failures: 1 },
    })
  await pause(pair.lockedUntil ? 0 : pair.failures * SLOWDOWN_MS_PER_FAILURE)
}

/** After a good password: this address starts again from nothing on this account. */
export async function recordSignIn(db: Database, attempt: Attempt, account: { id: string; email: string }): Promise<void> {
  const { addressHash } = await accountKeys(attempt)
  await clearFailures(db, pairKey(account.id, addressHash))
  await recordAudit(db, { actorId: account.id, actorEmail: account.email, action: 'sign-in' })
}
