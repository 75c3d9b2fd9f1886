// Safe to run for real, as an operator deploys it and an attacker tries it:
// the client address behind the shipped nginx and on distinct loopback
// addresses, Better Auth's endpoints beyond signing in, hostile bodies to
// every form, sign-in limits and lockout, and privacy requests. Each
// describe runs its own server on the fixture build with a fresh database.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { drizzle } from 'drizzle-orm/node-postgres'
import { eq, like, sql } from 'drizzle-orm'
import { createPool } from '../../lib/db/client'
import { startEmbedded } from '../../lib/db/embedded'
import * as schema from '../../lib/db/schema'
import { COMMENT_RATE } from '../../lib/consultations/comment-form'
import { PAIR_RULE, SIGN_IN_RATE } from '../../lib/db/queries/sign-in-failures'
import { hasNginx, proxyConfig, startNginx } from '../../scripts/nginx'
import { freePort, serveBuild, type RunningServer } from '../../scripts/serve-build'
import { FormClient, hiddenInputs } from '../support/form-client'
import { addStaff } from '../support/staff-accounts'

test.describe.configure({ mode: 'default', timeout: 240_000 })

const FIXTURE = { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site' }
const OPEN = '/en/consultations/amaranth-consultation'
const ADMIN = { email: 'admin@example.org', password: 'admin-password-123' }
const SECRETARIAT = { email: 'secretariat@example.org', password: 'secretariat-password-1' }
const unique = (label: string) => `${label}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function openDatabase(dataDir: string) {
  const embedded = await startEmbedded({ dir: dataDir, reuse: true })
  const pool = createPool(embedded.url, 2)
  return { db: drizzle(pool, { schema }), close: () => pool.end() }
}

const comment = (name: string) => ({
  name,
  organisation: 'Example ISP',
  email: `${name.replace(/\W/g, '')}@example.org`,
  comment: `A comment from ${name}`,
  consent: 'yes',
  fax: '',
})

async function storedComments(db: Awaited<ReturnType<typeof openDatabase>>['db'], prefix: string) {
  return (
    await db
      .select()
      .from(schema.consultationComment)
      .where(like(schema.consultationComment.name, `${prefix}%`))
  ).length
}

async function signedIn(url: string, who: { email: string; password: string }, from?: string) {
  const client = new FormClient(url, url, from)
  const answer = await client.signIn(who.email, who.password)
  expect(answer.status, answer.body.slice(0, 300)).toBe(303)
  return client
}

test.describe('the client address', () => {
  test('behind the shipped nginx with TRUST_PROXY=1, a forged X-Forwarded-For buys no extra comments', async () => {
    test.setTimeout(600_000)
    test.skip(!hasNginx(), 'nginx is not installed (.ci/run installs it)')
    const server = await serveBuild({ env: { ...FIXTURE, TRUST_PROXY: '1' } })
    const dir = mkdtempSync(join(tmpdir(), 'ispcp-operator-nginx-'))
    const port = await freePort()
    const stopNginx = startNginx(proxyConfig(dir, Number(new URL(server.url).port), port))
    const database = await openDatabase(server.dataDir)
    try {
      const front = `http://127.0.0.1:${port}`
      const visitor = new FormClient(front)
      const prefix = unique('forged')
      for (let i = 0; i < 300; i++) {
        const forged = `${1 + (i % 223)}.${i % 251}.${(i * 7) % 253}.${(i * 13) % 254}`
        const fresh = hiddenInputs((await visitor.get(OPEN)).body, 'name')
        const body = new FormData()
        for (const [k, v] of Object.entries({ ...fresh, ...comment(`${prefix}-${i}`) })) body.append(k, v)
        await fetch(front + OPEN, { method: 'POST', body, redirect: 'manual', headers: { origin: front, 'x-forwarded-for': forged } })
      }
      expect(await storedComments(database.db, prefix)).toBe(COMMENT_RATE.perAddress.limit)
    } finally {
      await database.close()
      stopNginx()
      rmSync(dir, { recursive: true, force: true })
      await server.stop()
    }
  })

  test('two visitors on different addresses do not share a limit', async () => {
    const server = await serveBuild({ env: FIXTURE })
    const database = await openDatabase(server.dataDir)
    try {
      const prefix = unique('loopback')
      const first = new FormClient(server.url, server.url, '127.0.0.2')
      const statuses: number[] = []
      for (let i = 0; i <= COMMENT_RATE.perAddress.limit; i++) statuses.push((await first.submit(OPEN, comment(`${prefix}-a${i}`))).status)
      expect(statuses.slice(0, -1).every((s) => s === 303)).toBe(true)
      expect(statuses.at(-1)).toBe(200)
      const second = new FormClient(server.url, server.url, '127.0.0.3')
      expect((await second.submit(OPEN, comment(`${prefix}-b`))).status).toBe(303)
      expect(await storedComments(database.db, prefix)).toBe(COMMENT_RATE.perAddress.limit + 1)
    } finally {
      await database.close()
      await server.stop()
    }
  })
})

test.describe('a running desk', () => {
  let server: RunningServer
  let database: Awaited<ReturnType<typeof openDatabase>>
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    server = await serveBuild({ env: FIXTURE })
    await addStaff({ dataDir: server.dataDir }, ADMIN.email, 'admin', ADMIN.password)
    await addStaff({ dataDir: server.dataDir }, SECRETARIAT.email, 'secretariat', SECRETARIAT.password)
    database = await openDatabase(server.dataDir)
  })
  test.afterAll(async () => {
    await database?.close()
    await server?.stop()
  })

  test('refuses every Better Auth endpoint that could change an account, even to an admin', async () => {
    const admin = await signedIn(server.url, ADMIN, '127.0.0.20')
    const [self] = await database.db.select().from(schema.user).where(eq(schema.user.email, ADMIN.email))
    const accountsBefore = (await database.db.select().from(schema.user)).length
    const auditBefore = (await database.db.select().from(schema.auditLog)).length
    const attempts: [string, Record<string, unknown>][] = [
      ['admin/create-user', { email: 'intruder@example.org', password: 'intruder-password-1', name: 'x', role: 'admin' }],
      ['admin/set-user-password', { userId: self!.id, newPassword: 'taken-over-password' }],
      ['admin/impersonate-user', { userId: self!.id }],
      ['admin/set-role', { userId: self!.id, role: 'moderator' }],
      ['admin/ban-user', { userId: self!.id }],
      ['admin/remove-user', { userId: self!.id }],
      ['admin/list-users', {}],
      ['update-user', { name: 'renamed' }],
      ['change-password', { currentPassword: ADMIN.password, newPassword: 'another-password-1' }],
      ['change-email', { newEmail: 'elsewhere@example.org' }],
      ['delete-user', { password: ADMIN.password }],
      ['revoke-sessions', {}],
      ['sign-up/email', { email: 'new@example.org', password: 'new-password-123', name: 'n' }],
    ]
    for (const [endpoint, body] of attempts) {
      const answer = await fetch(`${server.url}/api/auth/${endpoint}`, {
        method: 'POST',
        headers: { cookie: admin.cookieHeader, origin: server.url, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(answer.status, endpoint).toBe(404)
    }
    expect((await fetch(`${server.url}/api/auth/admin/list-users`, { headers: { cookie: admin.cookieHeader } })).status).toBe(404)
    expect((await database.db.select().from(schema.user)).length).toBe(accountsBefore)
    expect((await database.db.select().from(schema.auditLog)).length).toBe(auditBefore)
    // What signing in needs still answers.
    const session = await fetch(`${server.url}/api/auth/get-session`, { headers: { cookie: admin.cookieHeader } })
    expect(session.status).toBe(200)
    expect(((await session.json()) as { user: { role: string } }).user.role).toBe('admin')
    expect((await admin.get('/staff/accounts')).status).toBe(200)
  })

  test('answers hostile bodies on every form and on /api/auth with a 4xx, and logs no personal data', async () => {
    const secret = unique('Nul Person')
    const email = `${secret.replace(/\W/g, '')}@example.org`
    const visitor = new FormClient(server.url, server.url, '127.0.0.21')
    // A NUL in a field: the form again, the error at the field, nothing stored.
    const nul = await visitor.submit(OPEN, { ...comment(`${secret}\u0000`), email })
    expect(nul.status).toBe(200)
    expect(nul.body).toMatch(/id="name-error"/)
    expect(await storedComments(database.db, secret)).toBe(0)
    const signIn = await visitor.signIn(`${email}\u0000`, 'whatever-password')
    expect(signIn.status).toBe(200)
    expect(signIn.body).toMatch(/id="email-error"/)
    const api = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${email}\u0000`, password: 'whatever-password' }),
    })
    expect(api.status).toBe(400)

    const forms = [
      OPEN,
      '/ar/consultations/amaranth-consultation',
      '/en/membership/apply',
      '/ar/membership/apply',
      '/staff/sign-in',
      '/staff',
    ]
    const post = (path: string, init: RequestInit) =>
      fetch(server.url + path, { method: 'POST', redirect: 'manual', ...init, headers: { origin: server.url, ...init.headers } })
    const big = 'a'.repeat(1024 * 1024 + 1)
    for (const path of [...forms, '/api/auth/sign-in/email']) {
      const tooLarge = await post(path, { body: big, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
      expect(tooLarge.status, path).toBe(413)
      const page = await tooLarge.text()
      expect(page).toContain(path.startsWith('/ar') ? 'lang="ar" dir="rtl"' : 'lang="en" dir="ltr"')
      const malformed = await post(path, { body: 'garbage--', headers: { 'content-type': 'multipart/form-data; boundary=xyz' } })
      // Better Auth takes no multipart at all: 415, before it reads the body.
      expect(malformed.status, path).toBe(path.startsWith('/api/auth') ? 415 : 400)
      const action = await post(path, { body: '["x"]', headers: { 'next-action': `7f${'ab'.repeat(20)}`, 'content-type': 'text/plain' } })
      expect(action.status, path).toBe(400)
    }
    const multipartTooLarge = new FormData()
    multipartTooLarge.append('comment', big)
    expect((await post(OPEN, { body: multipartTooLarge })).status).toBe(413)

    const log = server.output()
    expect(log).not.toContain(secret)
    expect(log).not.toContain(email)
    // Next still logs the multipart body it could not parse (no personal data); the client got a 400.
    expect(log).not.toMatch(/ 500 |statusCode: 500/)
  })

  test('limits failed sign-ins per address on the desk form and /api/auth together, and logs them in aggregate', async () => {
    const attacker = new FormClient(server.url, server.url, '127.0.0.22')
    const failed = () => database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'sign-in-failed'))
    const before = (await failed()).length
    for (let i = 0; i < SIGN_IN_RATE.limit - 10; i++) {
      const answer = await attacker.signIn(`${unique('nobody')}@example.org`, 'wrong-password-1')
      expect(answer.body).toMatch(/id="password-error"/)
    }
    for (let i = 0; i < 10; i++) {
      const answer = await attacker.postJson('/api/auth/sign-in/email', {
        email: `${unique('nobody')}@example.org`,
        password: 'wrong-password-1',
      })
      expect(answer.status).toBe(401)
    }
    const refused = await attacker.signIn(ADMIN.email, ADMIN.password)
    expect(refused.status).toBe(200)
    expect(refused.body).toMatch(/Too many failed sign-ins from your network address/)
    expect((await attacker.postJson('/api/auth/sign-in/email', ADMIN)).status).toBe(429)
    // Another address is not held back.
    await signedIn(server.url, ADMIN, '127.0.0.28')
    const after = await failed()
    // At most one entry an hour for addresses with no account, however many tries, and no address in it.
    expect(after.length - before).toBeLessThanOrEqual(1)
    expect(JSON.stringify(after)).not.toContain('nobody')
  })

  test('locks an account for the guessing address only; the account-wide limit needs many addresses', async () => {
    const target = { email: `${unique('target')}@example.org`, password: 'the-right-password' }
    await addStaff({ dataDir: server.dataDir }, target.email, 'moderator', target.password)
    const attacker = new FormClient(server.url, server.url, '127.0.0.23')
    for (let i = 0; i < PAIR_RULE.lockAfter; i++) await attacker.signIn(target.email, `wrong-${i}-password`)
    const locked = await attacker.signIn(target.email, target.password)
    expect(locked.body).toMatch(/locked until/)
    // The owner, elsewhere, signs in.
    await signedIn(server.url, target, '127.0.0.24')
    const entries = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.actorEmail, target.email))
    expect(entries.map((e) => e.action).sort()).toEqual(['sign-in', 'sign-in-failed', 'sign-in-locked'])
  })

  test('a privacy request finds and deletes everything about an address, keeping it out of URLs and the log', async () => {
    const email = `${unique('privacy')}@example.org`
    const visitor = new FormClient(server.url, server.url, '127.0.0.25')
    expect((await visitor.submit(OPEN, { ...comment(unique('Privacy Person')), email })).status).toBe(303)
    const staff = await signedIn(server.url, SECRETARIAT, '127.0.0.26')
    // A link from elsewhere searches nothing and writes nothing.
    const auditBefore = (await database.db.select().from(schema.auditLog)).length
    expect((await staff.get(`/staff/privacy?email=${encodeURIComponent(email)}`)).body).not.toContain(email)
    expect((await database.db.select().from(schema.auditLog)).length).toBe(auditBefore)

    const search = await staff.submit('/staff/privacy', { email })
    expect(search.status).toBe(303)
    expect(search.location).toMatch(/^\/staff\/privacy\?request=[A-Za-z0-9_-]+$/)
    expect(search.location).not.toContain(email.split('@')[0]!)
    const results = await staff.get(search.location!)
    expect(results.body).toContain('Comments: 1<')
    expect(results.body).toMatch(/Rate-limit counters: [1-9]</)
    // Another staff member cannot use the link.
    const admin = await signedIn(server.url, ADMIN, '127.0.0.27')
    expect((await admin.get(search.location!)).body).toMatch(/expired or belongs to someone else/)

    const erase = await staff.post('/staff/privacy', { ...hiddenInputs(results.body, 'request'), confirm: 'yes' })
    expect(erase.status).toBe(303)
    // comments, applications, mail, members, officers, counters, subscriptions, answers to calls (app/staff/privacy/actions.ts)
    expect(erase.location).toMatch(/deleted=1\.0\.0\.0\.0\.[1-9]\d*\.0\.0$/)
    const [{ left }] = (
      await database.db.execute<{ left: number }>(
        sql`select (select count(*) from consultation_comment where lower(email) = ${email})::int as left`,
      )
    ).rows as [{ left: number }]
    expect(left).toBe(0)
    const log = await database.db.select().from(schema.auditLog)
    expect(JSON.stringify(log)).not.toContain(email)
    expect(log.filter((e) => e.action === 'privacy-searched' || e.action === 'privacy-deleted').map((e) => e.target)).toEqual([
      expect.stringMatching(/^email-hash:/),
      expect.stringMatching(/^email-hash:/),
    ])
  })
})
