import 'server-only'
import { createHmac, randomBytes } from 'node:crypto'
import { getDb } from '@/lib/db/client'
import { countHits, currentHits } from '@/lib/db/queries/form-rate-limit'
import { sharedSetting } from '@/lib/db/queries/settings'
import { emailHash } from '@/lib/privacy/email-hash'

export interface RateRule {
  limit: number
  windowSeconds: number
}

/** FORM_RATE_LIMIT=off turns the public forms' limits off (load tests). */
export const rateLimitsOn = (env: Record<string, string | undefined> = process.env) => env.FORM_RATE_LIMIT !== 'off'

let secret: Promise<string> | undefined

/** A keyed hash, so the addresses and e-mails counted are never stored in clear. */
export async function hashKey(value: string): Promise<string> {
  secret ??= sharedSetting(getDb(), 'form_secret', () => randomBytes(32).toString('base64url')).catch((error) => {
    secret = undefined
    throw error
  })
  return createHmac('sha256', await secret)
    .update(value)
    .digest('base64url')
}

/**
 * Counts this request against each key (e.g. `comment:ip:1.2.3.4`) and says
 * whether any of them is over the limit. `email`, when the keys are about
 * one e-mail address, marks their counters so a privacy request finds them.
 * The counters live in PostgreSQL, so several instances count together.
 */
export async function rateLimited(keys: string[], rule: RateRule, email?: string): Promise<boolean> {
  if (!rateLimitsOn()) return false
  const subject = email === undefined ? undefined : await emailHash(getDb(), email)
  const hashed = await Promise.all(keys.map(async (key) => ({ key: await hashKey(`${rule.windowSeconds}:${key}`), subject })))
  const counts = await countHits(getDb(), hashed, rule.windowSeconds)
  return counts.some((count) => count > rule.limit)
}

/** Whether `key` has already reached its limit, without counting this request. */
export async function atLimit(key: string, rule: RateRule): Promise<boolean> {
  if (!rateLimitsOn()) return false
  return (await currentHits(getDb(), await hashKey(`${rule.windowSeconds}:${key}`))) >= rule.limit
}

/** Counts one hit on `key` (see rateLimited) without asking for a verdict. */
export async function countHit(key: string, rule: RateRule): Promise<void> {
  await rateLimited([key], rule)
}
