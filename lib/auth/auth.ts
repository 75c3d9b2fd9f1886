// Better Auth for the staff desk: email + password (no sign-up: accounts are
// made with `npm run staff:add`), optional GitHub for existing accounts,
// sessions and rate limits in PostgreSQL so every instance agrees. Accounts
// change only through lib/db/queries/staff.ts, which writes the audit log:
// no admin plugin, and app/api/auth answers only the endpoints signing in
// and out needs.
import 'server-only'
import { betterAuth } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { createAuthMiddleware } from 'better-auth/api'
import { nextCookies } from 'better-auth/next-js'
import { getDb } from '@/lib/db/client'
import { authSecret } from '@/lib/db/queries/settings'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/db/queries/staff'
import * as schema from '@/lib/db/schema'
import { type Attempt, admitAttempt, recordFailedAttempt, recordSignIn } from './sign-in-limits'

export const SESSION_HOURS = 8

function attemptOf(ctx: { path: string; body?: unknown; headers?: Headers; request?: Request }): Attempt | undefined {
  const email = (ctx.body as { email?: unknown } | undefined)?.email
  if (ctx.path !== '/sign-in/email' || typeof email !== 'string') return undefined
  return { email, headers: ctx.headers ?? ctx.request?.headers }
}

// Every path that checks a password (the desk's form and /api/auth) passes
// through these hooks.
const beforeSignIn = createAuthMiddleware(async (ctx) => {
  const attempt = attemptOf(ctx)
  if (attempt) await admitAttempt(getDb(), attempt)
})

const afterSignIn = createAuthMiddleware(async (ctx) => {
  const attempt = attemptOf(ctx)
  if (!attempt) return
  const signedIn = ctx.context.newSession
  if (signedIn) await recordSignIn(getDb(), attempt, signedIn.user)
  else await recordFailedAttempt(getDb(), attempt)
})

// Better Auth's own address for links and cookies: BETTER_AUTH_URL, else the
// site's public address. Without either it would warn on every start; the
// desk then takes its address from each request, which is fine on one host.
function baseUrl(): string | undefined {
  const configured = process.env.BETTER_AUTH_URL || process.env.SITE_URL
  if (!configured)
    console.warn('[auth] SITE_URL is not set: the staff desk takes its address from each request. Set SITE_URL=https://… in production.')
  return configured || undefined
}

const BASE_URL_WARNING = /Base URL is not set/

async function createAuth() {
  const db = getDb()
  const github =
    process.env.GITHUB_CLIENT_ID && process.env.GITHUB_CLIENT_SECRET
      ? { github: { clientId: process.env.GITHUB_CLIENT_ID, clientSecret: process.env.GITHUB_CLIENT_SECRET, disableSignUp: true } }
      : undefined
  const baseURL = baseUrl()
  return betterAuth({
    appName: 'ISPCP staff desk',
    basePath: '/api/auth',
    baseURL,
    secret: process.env.BETTER_AUTH_SECRET || (await authSecret(db)),
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    // The role column is the desk's; nobody sets it through Better Auth.
    user: { additionalFields: { role: { type: 'string', required: false, input: false } } },
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
    advanced: {
      useSecureCookies: (baseURL ?? '').startsWith('https://'),
      // deploy/request-guard.cjs writes the client's address there (TRUST_PROXY), over whatever the client sent.
      ipAddress: { ipAddressHeaders: ['x-real-ip'] },
    },
    // baseUrl() has said, once and plainly, what to set.
    logger: {
      log: (level, message, ...args) => {
        if (BASE_URL_WARNING.test(message)) return
        console[level === 'info' ? 'log' : level](`[auth] ${message}`, ...args)
      },
    },
    hooks: { before: beforeSignIn, after: afterSignIn },
    plugins: [nextCookies()],
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
