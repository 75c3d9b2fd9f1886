// The staff desk against the production build and real PostgreSQL: who
// gets in, what stays out, what survives a crash, and two instances
// sharing one database. Each group starts its own servers.
import { expect, test } from '@playwright/test'
import { drizzle } from 'drizzle-orm/node-postgres'
import { eq, like, sql } from 'drizzle-orm'
import { createPool } from '../../lib/db/client'
import { startEmbedded } from '../../lib/db/embedded'
import * as schema from '../../lib/db/schema'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { FormClient, hiddenInputs } from '../support/form-client'
import { externalDatabase } from '../support/external-database'
import { addStaff } from '../support/staff-accounts'

// Each group starts its own servers and database: its tests run in order,
// in one worker, with room for a crash and a restart.
test.describe.configure({ mode: 'default', timeout: 180_000 })

const ADMIN = { email: 'admin@example.org', password: 'admin-password-123' }
const MODERATOR = { email: 'moderator@example.org', password: 'moderator-password-1' }

/** Opens the database behind a DATA_DIR (the running embedded one) for checks. */
async function openDatabase(dataDir: string) {
  const embedded = await startEmbedded({ dir: dataDir, reuse: true })
  const pool = createPool(embedded.url, 2)
  return { db: drizzle(pool, { schema }), url: embedded.url, close: () => pool.end() }
}

async function signedIn(server: RunningServer, who: { email: string; password: string }) {
  const client = new FormClient(server.url)
  const answer = await client.signIn(who.email, who.password)
  expect(answer.status, answer.body.slice(0, 500)).toBe(303)
  return client
}

test.describe('staff desk: access and hostile input', () => {
  let server: RunningServer
  let database: Awaited<ReturnType<typeof openDatabase>>
  test.beforeAll(async () => {
    server = await serveBuild()
    await addStaff({ dataDir: server.dataDir }, ADMIN.email, 'admin', ADMIN.password)
    await addStaff({ dataDir: server.dataDir }, MODERATOR.email, 'moderator', MODERATOR.password)
    database = await openDatabase(server.dataDir)
  })
  test.afterAll(async () => {
    await database?.close()
    await server?.stop()
  })

  const pages = ['/staff', '/staff/audit', '/staff/accounts']
  const exports = ['/staff/audit.csv']

  function expectNoData(body: string) {
    expect(body).not.toContain(ADMIN.email)
    expect(body).not.toContain(MODERATOR.email)
    expect(body).not.toContain('note-added')
  }

  async function expectLockedOut(client: FormClient) {
    for (const page of pages) {
      const answer = await client.get(page)
      expect([303, 307], page).toContain(answer.status)
      expect(answer.location, page).toMatch(/\/staff\/sign-in$/)
      expectNoData(answer.body)
    }
    for (const path of exports) {
      const answer = await client.get(path)
      expect(answer.status, path).toBe(401)
      expectNoData(answer.body)
    }
  }

  test('serves the sign-in page uncached, unindexed, with labelled fields', async () => {
    const response = await fetch(`${server.url}/staff/sign-in`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/)
    const html = await response.text()
    expect(html).toMatch(/<html lang="en"/)
    expect(html).toMatch(/<label for="email"[^>]*>Email<\/label>/)
    expect(html).toMatch(/<label for="password"[^>]*>Password<\/label>/)
  })

  test('without a session: pages send to sign-in, exports answer 401, actions change nothing', async () => {
    const anonymous = new FormClient(server.url)
    await expectLockedOut(anonymous)
    const staff = await signedIn(server, MODERATOR)
    const form = hiddenInputs((await staff.get('/staff')).body, 'body')
    const answer = await anonymous.post('/staff', { ...form, body: 'anonymous note' })
    expect(answer.status).toBeLessThan(500)
    expect(await database.db.select().from(schema.staffNote).where(eq(schema.staffNote.body, 'anonymous note'))).toHaveLength(0)
  })

  test('with an expired session: the same as without one', async () => {
    const staff = await signedIn(server, ADMIN)
    expect((await staff.get('/staff/audit')).status).toBe(200)
    await database.db.update(schema.session).set({ expiresAt: sql`now() - interval '1 minute'` })
    await expectLockedOut(staff)
  })

  test('with the wrong role: 403 and no data', async () => {
    const moderator = await signedIn(server, MODERATOR)
    for (const path of ['/staff/audit', '/staff/accounts', '/staff/audit.csv']) {
      const answer = await moderator.get(path)
      expect(answer.status, path).toBe(403)
      expect(answer.body).not.toContain('note-added')
      expect(answer.body).not.toContain(ADMIN.email)
    }
  })

  test('refuses a form posted from another site', async () => {
    const staff = await signedIn(server, MODERATOR)
    const form = hiddenInputs((await staff.get('/staff')).body, 'body')
    const answer = await staff.post('/staff', { ...form, body: 'cross-site note' }, 'https://evil.example')
    expect(answer.status).toBe(403)
    expect(await database.db.select().from(schema.staffNote).where(eq(schema.staffNote.body, 'cross-site note'))).toHaveLength(0)
  })

  test('locks an account after repeated wrong passwords, even for the right one', async () => {
    await addStaff({ dataDir: server.dataDir }, 'target@example.org', 'moderator', 'the-right-password')
    const attacker = new FormClient(server.url)
    for (let i = 0; i < 20; i++) {
      const answer = await attacker.signIn('target@example.org', `wrong-${i}-password`)
      expect(answer.status).toBe(200)
    }
    const last = await attacker.signIn('target@example.org', 'wrong-again')
    expect(last.body).toMatch(/locked until/)
    const owner = await new FormClient(server.url).signIn('target@example.org', 'the-right-password')
    expect(owner.status).toBe(200)
    expect(owner.body).toMatch(/locked until/)
  })

  test('answers SQL injection and oversize input in every field with a clean error', async () => {
    const hostile = ["' OR '1'='1' --", 'x\'); DROP TABLE "user"; --', 'x'.repeat(300_000)]
    for (const value of hostile) {
      for (const fields of [
        { email: value, password: 'whatever-password' },
        { email: ADMIN.email, password: value },
      ]) {
        const answer = await new FormClient(server.url).signIn(fields.email, fields.password)
        expect(answer.status).toBe(200)
        expect(answer.body).not.toMatch(/at .*\.js:\d+|Error:/)
        expect(answer.body).toMatch(/id="(email|password)-error"/)
      }
      const staff = await signedIn(server, MODERATOR)
      const answer = await staff.submit('/staff', { body: value })
      expect(answer.status).toBeLessThan(400)
      expect(answer.body).not.toMatch(/at .*\.js:\d+/)
      const form = hiddenInputs((await staff.get('/staff')).body, 'body')
      const badKey = await staff.post('/staff', { ...form, requestKey: value, body: 'note' })
      expect(badKey.status).toBe(200)
      expect(badKey.body).toMatch(/This form has expired/)
    }
    // The tables are all still there, the injected text stored as text.
    expect((await database.db.select().from(schema.user)).length).toBeGreaterThan(0)
    expect(await database.db.select().from(schema.staffNote).where(like(schema.staffNote.body, "x'); DROP TABLE%"))).toHaveLength(1)
  })

  test('records sign-ins, notes and exports in the audit log, which an admin can read', async () => {
    const admin = await signedIn(server, ADMIN)
    expect((await admin.get('/staff/audit.csv')).status).toBe(200)
    const page = await admin.get('/staff/audit')
    for (const action of ['sign-in', 'sign-in-failed', 'note-added', 'audit-exported', 'account-created'])
      expect(page.body).toContain(action)
  })

  test('signs out: the session ends and the sign-out is recorded', async () => {
    const staff = await signedIn(server, MODERATOR)
    const page = await staff.get('/staff')
    const answer = await staff.post('/staff', hiddenInputs(page.body, '', 'Sign out'))
    expect(answer.status).toBe(303)
    expect(answer.location).toMatch(/\/staff\/sign-in$/)
    expect((await staff.get('/staff')).status).toBe(307)
    const signOuts = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'sign-out'))
    expect(signOuts.map((e) => e.actorEmail)).toContain(MODERATOR.email)
  })
})

// The durability test (200 concurrent writes, kill -9) uses the public comment
// form now: tests/e2e/consultations.spec.ts.

test.describe('staff desk: two instances on one database', () => {
  let database: Awaited<ReturnType<typeof externalDatabase>>
  let a: RunningServer
  let b: RunningServer
  test.beforeAll(async () => {
    database = await externalDatabase()
    ;[a, b] = await Promise.all([serveBuild({ env: { DATABASE_URL: database.url } }), serveBuild({ env: { DATABASE_URL: database.url } })])
    await addStaff({ databaseUrl: database.url }, MODERATOR.email, 'moderator', MODERATOR.password)
  })
  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await database?.stop()
  })

  test('shows on one instance a note saved through the other, with one session for both', async () => {
    expect(a.url).not.toBe(b.url)
    const client = await signedIn(a, MODERATOR)
    const body = `seen everywhere ${Date.now()}`
    expect((await client.submit('/staff', { body })).status).toBe(303)
    const onB = new FormClient(b.url)
    for (const [name, value] of client.cookies) onB.cookies.set(name, value)
    const page = await onB.get('/staff')
    expect(page.status).toBe(200)
    expect(page.body).toContain(body)
  })
})
