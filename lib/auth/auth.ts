// Better Auth for the staff desk: email + password (no sign-up: accounts are
// made with `npm run staff:add`), optional GitHub for existing accounts,
// sessions and rate limits in PostgreSQL so every instance agrees.
import 'server-only'
import { betterAuth } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { APIError, createAuthMiddleware } from 'better-auth/api'
import { nextCookies } from 'better-auth/next-js'
import { admin } from 'better-auth/plugins'
import { getDb } from '@/lib/db/client'
import { recordAudit } from '@/lib/db/queries/audit'
import { authSecret } from '@/lib/db/queries/settings'
import { clearFailures, lockedUntil, recordFailure, SLOWDOWN_MS_PER_FAILURE } from '@/lib/db/queries/sign-in-failures'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/db/queries/staff'
import * as schema from '@/lib/db/schema'

export const SESSION_HOURS = 8

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

function lockedMessage(until: Date): string {
  return `Too many failed sign-ins: this account is locked until ${until.toISOString().slice(11, 16)} UTC.`
}

// Every path that checks a password (the desk's form and /api/auth) passes
// through these hooks: refused while locked, slowed after each failure.
const beforeSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== '/sign-in/email' || typeof ctx.body?.email !== 'string') return
  const db = getDb()
  const until = await lockedUntil(db, ctx.body.email)
  if (until) {
    await recordAudit(db, { actorEmail: ctx.body.email.slice(0, 320), action: 'sign-in-locked' })
    throw new APIError('TOO_MANY_REQUESTS', { message: lockedMessage(until), code: 'ACCOUNT_LOCKED' })
  }
})

const afterSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== '/sign-in/email' || typeof ctx.body?.email !== 'string') return
  const db = getDb()
  const email = ctx.body.email.slice(0, 320)
  const signedIn = ctx.context.newSession
  if (signedIn) {
    await clearFailures(db, email)
    await recordAudit(db, { actorId: signedIn.user.id, actorEmail: signedIn.user.email, action: 'sign-in' })
    return
  }
  const { failures, lockedUntil: until } = await recordFailure(db, email)
  await recordAudit(db, { actorEmail: email, action: 'sign-in-failed', detail: until ? { locked: true } : { failures } })
  await pause(until ? 0 : failures * SLOWDOWN_MS_PER_FAILURE)
})

async function createAuth() {
  const db = getDb()
  const github =
    process.env.GITHUB_CLIENT_ID && process.env.GITHUB_CLIENT_SECRET
      ? { github: { clientId: process.env.GITHUB_CLIENT_ID, clientSecret: process.env.GITHUB_CLIENT_SECRET, disableSignUp: true } }
      : undefined
  return betterAuth({
    appName: 'ISPCP staff desk',
    basePath: '/api/auth',
    // Behind https set BETTER_AUTH_URL=https://…: cookies are then Secure.
    baseURL: process.env.BETTER_AUTH_URL,
    secret: process.env.BETTER_AUTH_SECRET || (await authSecret(db)),
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    socialProviders: github,
    // GitHub signs in an existing staff account with the same verified address.
    account: { accountLinking: { enabled: true, trustedProviders: ['github'] } },
    session: { expiresIn: SESSION_HOURS * 60 * 60, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: 20 } },
    },
    advanced: { useSecureCookies: (process.env.BETTER_AUTH_URL ?? '').startsWith('https://') },
    hooks: { before: beforeSignIn, after: afterSignIn },
    plugins: [admin({ adminRoles: ['admin'], defaultRole: 'moderator' }), nextCookies()],
  })
}

export type Auth = Awaited<ReturnType<typeof createAuth>>

const globalForAuth = globalThis as typeof globalThis & { ispcpAuth?: Promise<Auth> }

export function getAuth(): Promise<Auth> {
  globalForAuth.ispcpAuth ??= createAuth().catch((error) => {
    globalForAuth.ispcpAuth = undefined // try again on the next request
    throw error
  })
  return globalForAuth.ispcpAuth
}
