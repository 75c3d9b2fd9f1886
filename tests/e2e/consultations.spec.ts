// Consultations end to end, on the fixture build (`npm run build:fixture`)
// with a database of its own: commenting with JavaScript off and on, in
// English and Arabic, moderation, export, refusal once closed, idempotent
// resubmission, two instances agreeing, and durability through a kill -9.
import { rmSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { drizzle } from 'drizzle-orm/node-postgres'
import { and, eq, inArray, like } from 'drizzle-orm'
import { createPool } from '../../lib/db/client'
import { startEmbedded } from '../../lib/db/embedded'
import * as schema from '../../lib/db/schema'
import { labelled } from '../../lib/i18n/punctuation'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { FormClient, hiddenInputs } from '../support/form-client'
import { csvLines } from '../support/csv'
import { externalDatabase } from '../support/external-database'
import { addStaff } from '../support/staff-accounts'
import { messages } from './site'

test.describe.configure({ mode: 'default', timeout: 180_000 })

const FIXTURE = { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site' }
const OPEN = 'amaranth-consultation'
const CLOSED = 'basil-consultation'
const UPCOMING = 'cedar-consultation'
const MODERATOR = { email: 'moderator@example.org', password: 'moderator-password-1' }
const SECRETARIAT = { email: 'secretariat@example.org', password: 'secretariat-password-1' }

const formPage = (locale: string, slug = OPEN) => `/${locale}/consultations/${slug}`
const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function openDatabase(dataDir: string) {
  const embedded = await startEmbedded({ dir: dataDir, reuse: true })
  const pool = createPool(embedded.url, 2)
  return { db: drizzle(pool, { schema }), close: () => pool.end() }
}
type Db = Awaited<ReturnType<typeof openDatabase>>['db']

async function signedIn(server: RunningServer, who: { email: string; password: string }) {
  const client = new FormClient(server.url)
  const answer = await client.signIn(who.email, who.password)
  expect(answer.status, answer.body.slice(0, 300)).toBe(303)
  return client
}

const fields = (name: string, comment: string) => ({
  name,
  organisation: 'Example ISP',
  email: `${name.replace(/\W/g, '')}@example.org`,
  comment,
  consent: 'yes',
  fax: '',
})

async function commentByName(db: Db, name: string) {
  return db.select().from(schema.consultationComment).where(eq(schema.consultationComment.name, name))
}

/** The moderator publishes or rejects the comment from the desk's queue, as a browser with JavaScript off would. */
async function decide(moderator: FormClient, id: number, decision: 'publish' | 'reject', reason = '') {
  const queue = await moderator.get(`/staff/comments/${OPEN}`)
  expect(queue.status).toBe(200)
  expect(queue.body).toContain(`name="id" value="${id}"`)
  const hidden = hiddenInputs(queue.body, 'id', `name="id" value="${id}"`)
  const answer = await moderator.post(`/staff/comments/${OPEN}`, { ...hidden, id: String(id), consultation: OPEN, decision, reason })
  expect(answer.status).toBe(303)
  expect(answer.location).toContain(`${decision === 'publish' ? 'published' : 'rejected'}=${id}`)
}

test.describe('consultations: comment, moderate, export', () => {
  let server: RunningServer
  let database: Awaited<ReturnType<typeof openDatabase>>
  let moderator: FormClient
  test.beforeAll(async () => {
    server = await serveBuild({ env: FIXTURE })
    await addStaff({ dataDir: server.dataDir }, MODERATOR.email, 'moderator', MODERATOR.password)
    await addStaff({ dataDir: server.dataDir }, SECRETARIAT.email, 'secretariat', SECRETARIAT.password)
    database = await openDatabase(server.dataDir)
    moderator = await signedIn(server, MODERATOR)
  })
  test.afterAll(async () => {
    await database?.close()
    await server?.stop()
  })

  for (const locale of ['en', 'ar']) {
    test(`${locale}, JavaScript off: comment, sent twice, stored once, approved, then public, exported`, async () => {
      const visitor = new FormClient(server.url)
      const page = await visitor.get(formPage(locale))
      expect(page.status).toBe(200)
      expect(page.body).toMatch(new RegExp(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`))
      const hidden = hiddenInputs(page.body, 'comment')
      const name = unique(`Visitor ${locale}`)
      const text = locale === 'ar' ? 'تعليق بالعربية\nسطر ثانٍ <b>ليس HTML</b>' : 'First line\nSecond line <script>alert(1)</script>'
      // A double click, then back and resend: the same form three times.
      const answers = [await visitor.post(formPage(locale), { ...hidden, ...fields(name, text) })]
      answers.push(...(await Promise.all([1, 2].map(() => visitor.post(formPage(locale), { ...hidden, ...fields(name, text) })))))
      for (const answer of answers) {
        expect(answer.status).toBe(303)
        expect(answer.location).toBe(`${formPage(locale)}?sent=1`)
      }
      const sent = await visitor.get(answers[0]!.location!)
      expect(sent.body).toContain(locale === 'ar' ? 'بانتظار الإشراف' : 'awaits moderation')
      const rows = await commentByName(database.db, name)
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ status: 'pending', locale, body: text, consultation: OPEN })

      // Not public before moderation.
      expect((await visitor.get(formPage(locale))).body).not.toContain(name)
      await decide(moderator, rows[0]!.id, 'publish')
      const after = await visitor.get(formPage(locale))
      expect(after.body).toContain(name)
      // Inert text, its own direction, line break kept (whitespace-pre-line), e-mail never shown.
      expect(after.body).not.toContain('<script>alert(1)</script>')
      expect(after.body).toMatch(/<p dir="auto" class="[^"]*whitespace-pre-line/)
      expect(after.body).not.toContain(rows[0]!.email)

      const secretariat = await signedIn(server, SECRETARIAT)
      const csv = await secretariat.get(`/staff/comments/${OPEN}/export?format=csv`)
      expect(csv.status).toBe(200)
      expect(csvLines(csv.body)[0]).toMatch(/^id,status,/) // with its byte order mark
      expect(csv.body).toContain(`${rows[0]!.id},published,`)
      expect(csv.body).toContain(name)
      const json = JSON.parse((await secretariat.get(`/staff/comments/${OPEN}/export?format=json`)).body)
      expect(json.comments.find((c: { name: string }) => c.name === name)).toMatchObject({ status: 'published', email: rows[0]!.email })
      // A moderator may decide, not export; a visitor gets nothing.
      expect((await moderator.get(`/staff/comments/${OPEN}/export?format=csv`)).status).toBe(403)
      expect((await visitor.get(`/staff/comments/${OPEN}/export?format=csv`)).status).toBe(401)
    })
  }

  test('rejected comments stay private, with the reason in the audit log', async () => {
    const visitor = new FormClient(server.url)
    const name = unique('Rejected')
    expect((await visitor.submit(formPage('en'), fields(name, 'Spam, spam, spam'))).status).toBe(303)
    const [row] = await commentByName(database.db, name)
    await decide(moderator, row!.id, 'reject', 'advertising')
    expect((await visitor.get(formPage('en'))).body).not.toContain(name)
    const [entry] = await database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'comment-rejected'), eq(schema.auditLog.target, `comment:${row!.id}`)))
    expect(entry?.detail).toMatchObject({ reason: 'advertising' })
  })

  test('shows errors next to their fields, keeps what was typed, and stores nothing from a robot', async () => {
    const visitor = new FormClient(server.url)
    const page = formPage('en')
    const invalid = await visitor.submit(page, {
      name: 'Ada <b>bold</b>',
      organisation: '',
      email: 'not-an-address',
      comment: 'x'.repeat(10_001),
      fax: '',
    })
    expect(invalid.status).toBe(200)
    expect(invalid.body).toMatch(
      /id="email"[^>]*aria-invalid="true"[^>]*aria-describedby="email-hint email-error"|aria-describedby="email-hint email-error"[^>]*aria-invalid="true"/,
    )
    expect(invalid.body).toMatch(/id="comment-error"[^>]*>A comment has at most 10,000 characters/)
    expect(invalid.body).toMatch(/id="consent-error"/)
    expect(invalid.body).toContain('value="Ada &lt;b&gt;bold&lt;/b&gt;"')
    expect(invalid.body).toMatch(/role="alert"/)

    const robot = unique('Robot')
    expect((await visitor.submit(page, { ...fields(robot, 'Buy now'), fax: '+1 555 0100' })).location).toBe(`${page}?sent=1`)
    expect(await commentByName(database.db, robot)).toHaveLength(0)
  })

  test('a closed or upcoming consultation has no form and refuses comments', async () => {
    const visitor = new FormClient(server.url)
    const closed = await visitor.get(formPage('en', CLOSED))
    expect(closed.body).toContain('Comments closed on January 15, 2021 at 5:00 PM UTC.')
    expect(closed.body).not.toContain('name="comment"')
    const upcoming = await visitor.get(formPage('ar', UPCOMING))
    expect(upcoming.body).toContain('تُفتح في')
    expect(upcoming.body).not.toContain('name="comment"')
    // The statement page says so too, and links to the form only while open.
    expect((await visitor.get(`/en/publications/${CLOSED}`)).body).not.toContain('Comment on this draft')
    expect((await visitor.get(`/en/publications/${OPEN}`)).body).toContain(`href="/en/consultations/${OPEN}"`)
  })

  test('limits comments per e-mail address with a clear message', async () => {
    const visitor = new FormClient(server.url)
    const name = unique('Flood')
    const statuses = []
    for (let i = 0; i < 6; i++)
      statuses.push(await visitor.submit(formPage('en'), { ...fields(name, `comment ${i}`), email: 'flood@example.org' }))
    expect(statuses.slice(0, 5).map((s) => s.status)).toEqual([303, 303, 303, 303, 303])
    expect(statuses[5]!.status).toBe(200)
    expect(statuses[5]!.body).toContain('Too many comments have been sent from your connection or e-mail address')
    expect(statuses[5]!.body).toContain('comment 5') // the text is kept
  })

  for (const javaScriptEnabled of [true, false]) {
    test(`in a browser with JavaScript ${javaScriptEnabled ? 'on' : 'off'}, Arabic: fills the form and reads the confirmation`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page: Page = await context.newPage()
      await page.goto(server.url + formPage('ar'))
      const name = unique('متصفح')
      await page.getByLabel('الاسم', { exact: true }).fill(name)
      await page.getByLabel('عنوان البريد الإلكتروني').fill('browser@example.org')
      await page.getByLabel('التعليق', { exact: true }).fill('نص التعليق')
      // First without consent: the error sits by its field, the text stays.
      await page.getByRole('button', { name: 'أرسلوا التعليق' }).click()
      await expect(page.locator('#consent-error')).toBeVisible()
      // The summary names the field by its label, in the language's own punctuation.
      const ar = messages('ar').consultations
      await expect(page.locator('[role="alert"] a[href="#consent"]')).toHaveText(
        labelled(ar.form.consent, messages('ar').punctuation.colon) + ar.errors.consentRequired,
      )
      await expect(page.getByLabel('التعليق', { exact: true })).toHaveValue('نص التعليق')
      // WCAG 2.2 AA with the errors showing (axe runs in the page: JavaScript on only).
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      }
      await page.getByLabel('أوافق على نشر').check()
      await page.getByRole('button', { name: 'أرسلوا التعليق' }).click()
      await expect(page.getByRole('status')).toContainText('بانتظار الإشراف')
      expect(await commentByName(database.db, name)).toHaveLength(1)
      await context.close()
    })
  }
})

test.describe('consultations: two instances on one database', () => {
  let database: Awaited<ReturnType<typeof externalDatabase>>
  let servers: RunningServer[] = []
  test.beforeAll(async () => {
    database = await externalDatabase()
    servers = await Promise.all([0, 1].map(() => serveBuild({ env: { ...FIXTURE, DATABASE_URL: database.url } })))
    await addStaff({ databaseUrl: database.url }, MODERATOR.email, 'moderator', MODERATOR.password)
  })
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await database?.stop()
  })

  test("an approval on one instance shows under the pre-rendered statement on both within 60 s, with no visitor in between, and in its point's count", async () => {
    const [a, b] = servers as [RunningServer, RunningServer]
    const name = unique('Everywhere')
    expect((await new FormClient(a.url).submit(formPage('en'), { ...fields(name, 'Seen on both'), point: '3' })).status).toBe(303)
    const pool = createPool(database.url, 1)
    const db = drizzle(pool, { schema })
    const [row] = await commentByName(db, name)
    await pool.end()
    const statement = `/en/publications/${OPEN}`
    // Both instances hold a freshly rendered statement without the comment
    // (the first request after start-up renders it again, the second gets that).
    for (const server of [a, b]) for (let i = 0; i < 2; i++) await new FormClient(server.url).get(statement)
    // Point 3's note: its count, linked to its comments once there are some.
    const pointThree = (html: string) => /<li id="point-3">[\s\S]*?<\/li>/.exec(html)?.[0] ?? ''
    for (const server of [a, b]) {
      const body = (await new FormClient(server.url).get(statement)).body
      expect(body).not.toContain(name)
      expect(pointThree(body)).toMatch(/· No comments<\/span><\/li>$/)
    }
    await decide(await signedIn(b, MODERATOR), row!.id, 'publish')
    // Nobody visits for 50 s: each server's own refresher (scripts/serve.ts)
    // has the page rendered again (30 s revalidate + 10 s rounds), so the
    // very next visitor, on either instance, gets the comment.
    await new Promise((r) => setTimeout(r, 50_000))
    for (const server of [a, b]) {
      const body = (await new FormClient(server.url).get(statement)).body
      expect(body).toContain(name)
      expect(pointThree(body)).toContain(`<a href="/en/consultations/${OPEN}?point=3#comments-heading">1 comment</a>`)
    }
  })
})

test.describe('consultations: the close', () => {
  test('refuses a form opened before the close and sent after it, keeping the text', async () => {
    const { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    // The fixture content, with the open consultation closing 25 s from now.
    const content = mkdtempSync(join(tmpdir(), 'ispcp-closing-'))
    cpSync(FIXTURE.CONTENT_DIR, content, { recursive: true })
    const closes = new Date(Math.ceil((Date.now() + 25_000) / 1000) * 1000)
    // In the English file and each translation: they repeat the same dates.
    for (const locale of readdirSync(content).filter((l) => existsSync(join(content, l, 'publications', `${OPEN}.md`)))) {
      const file = join(content, locale, 'publications', `${OPEN}.md`)
      writeFileSync(file, readFileSync(file, 'utf8').replace(/closes: .*/, `closes: ${closes.toISOString()}`))
    }
    const server = await serveBuild({ env: { ...FIXTURE, CONTENT_DIR: content } })
    try {
      const visitor = new FormClient(server.url)
      const page = await visitor.get(formPage('en'))
      expect(page.body).toContain('name="comment"')
      const hidden = hiddenInputs(page.body, 'comment')
      await new Promise((r) => setTimeout(r, closes.getTime() - Date.now() + 1_000))
      const late = await visitor.post(formPage('en'), { ...hidden, ...fields(unique('Late'), 'Sent after the close') })
      expect(late.status).toBe(200)
      expect(late.body).toMatch(/role="alert"[^>]*>Comments closed on [^<]+ UTC: your comment was not sent/)
      expect(late.body).toContain('Sent after the close')
      expect((await visitor.get(formPage('en'))).body).not.toContain('name="comment"')
    } finally {
      await server.stop()
      rmSync(content, { recursive: true, force: true })
    }
  })
})

test.describe('consultations: durability', () => {
  test('keeps every acknowledged comment exactly once through a kill -9 of the server and PostgreSQL', async () => {
    // Rate limits off, as for a load test: 200 comments from one address.
    const env = { ...FIXTURE, FORM_RATE_LIMIT: 'off' }
    const first = await serveBuild({ keepDataDir: true, env })
    const dataDir = first.dataDir
    try {
      const client = new FormClient(first.url)
      const page = formPage('en')
      const forms = await Promise.all(Array.from({ length: 4 }, async () => hiddenInputs((await client.get(page)).body, 'comment')))
      const acknowledged: string[] = []
      const COMMENTS = 200
      let crashed: Promise<void> | undefined
      const { randomUUID } = await import('node:crypto')
      // The crash comes while comments are still arriving: half acknowledged, the rest in flight.
      const writes = Array.from({ length: COMMENTS }, async (_, i) => {
        const submission = randomUUID()
        try {
          const answer = await client.post(page, {
            ...forms[i % forms.length]!,
            submission,
            ...fields(`durability ${i}`, `durable comment ${i}`),
          })
          if (answer.status === 303 && answer.location?.endsWith('?sent=1')) {
            acknowledged.push(submission)
            if (acknowledged.length === COMMENTS / 2) crashed = first.crash()
          }
        } catch {} // cut off by the crash: not acknowledged
      })
      await Promise.all(writes)
      await crashed

      const second = await serveBuild({ dataDir, env })
      const database = await openDatabase(dataDir)
      try {
        const rows = await database.db
          .select()
          .from(schema.consultationComment)
          .where(like(schema.consultationComment.name, 'durability %'))
        const stored = rows.map((r) => r.submission)
        for (const submission of acknowledged)
          expect(
            stored.filter((s) => s === submission),
            submission,
          ).toHaveLength(1)
        expect(
          await database.db
            .select()
            .from(schema.consultationComment)
            .where(
              inArray(schema.consultationComment.submission, acknowledged.length ? acknowledged : ['00000000-0000-4000-8000-000000000000']),
            ),
        ).toHaveLength(acknowledged.length)
        console.log(
          `durability: ${COMMENTS} comments sent, ${acknowledged.length} acknowledged before the kill -9, ${rows.length} present after restart, all acknowledged present exactly once`,
        )
        expect((await new FormClient(second.url).submit(page, fields('after the crash', 'still works'))).status).toBe(303)
      } finally {
        await database.close()
        await second.stop()
      }
    } finally {
      await first.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
