import 'server-only'
import { createHmac, randomBytes } from 'node:crypto'
import { getDb } from '@/lib/db/client'
import { countHits } from '@/lib/db/queries/form-rate-limit'
import { sharedSetting } from '@/lib/db/queries/settings'

export interface RateRule {
  limit: number
  windowSeconds: number
}

/** FORM_RATE_LIMIT=off turns the public forms' limits off (load tests). */
export const rateLimitsOn = (env: Record<string, string | undefined> = process.env) => env.FORM_RATE_LIMIT !== 'off'

let secret: Promise<string> | undefined

// A keyed hash, so the addresses and e-mails counted are never stored in clear.
async function hashKey(value: string): Promise<string> {
  secret ??= sharedSetting(getDb(), 'form_secret', () => randomBytes(32).toString('base64url')).catch((error) => {
    secret = undefined
    throw error
  })
  return createHmac('sha256', await secret)
    .update(value)
    .digest('base64url')
}

/**
 * Counts this request against each key (e.g. `comment:ip:1.2.3.4`,
 * `comment:email:a@b.c`) and says whether any of them is over the limit.
 * The counters live in PostgreSQL, so several instances count together.
 */
export async function rateLimited(keys: string[], rule: RateRule): Promise<boolean> {
  if (!rateLimitsOn()) return false
  const hashed = await Promise.all(keys.map((key) => hashKey(`${rule.windowSeconds}:${key}`)))
  const counts = await countHits(getDb(), hashed, rule.windowSeconds)
  return counts.some((count) => count > rule.limit)
}
