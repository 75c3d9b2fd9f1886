// Comments on the numbered points of a statement, end to end on the fixture
// build (`npm run build:fixture`) with a database of its own, JavaScript
// off: from a point's link to the form and back, in English and Arabic; a
// point the statement lacks refused at its field; the moderator's queue and
// the exports by point; and the report of public comments after the close,
// grouped by point and valid content, then proposed as a change to a
// throwaway git repository (CONTENT_REPO) and merged there. (The count under a point on two
// instances is in consultations.spec.ts, with the other two-instance test.)
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { drizzle } from 'drizzle-orm/node-postgres'
import { eq } from 'drizzle-orm'
import matter from 'gray-matter'
import { createPool, type Database } from '../../lib/db/client'
import { startEmbedded } from '../../lib/db/embedded'
import { addComment, decideComment } from '../../lib/db/queries/comments'
import * as schema from '../../lib/db/schema'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { csvLines } from '../support/csv'
import { type ContentRepo, gitIn, makeContentRepo } from '../support/content-repo'
import { FormClient, hiddenInputs } from '../support/form-client'
import { addStaff } from '../support/staff-accounts'
import { FIXTURE_CONTENT, messages } from './site'

test.describe.configure({ mode: 'default', timeout: 120_000 })

const FIXTURE = { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site' }
const OPEN = 'amaranth-consultation'
const CLOSED = 'basil-consultation'
const MODERATOR = { email: 'moderator@example.org', password: 'moderator-password-1' }
const SECRETARIAT = { email: 'secretariat@example.org', password: 'secretariat-password-1' }
const ADMIN = { email: 'admin@example.org', password: 'admin-password-123' }
const REPORT = `content/en/publications/${CLOSED}-report.md`

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const formPage = (locale: string, slug = OPEN) => `/${locale}/consultations/${slug}`
const fields = (name: string, comment: string) => ({
  name,
  organisation: 'Example ISP',
  email: `${name.replace(/\W/g, '')}@example.org`,
  comment,
  consent: 'yes',
  fax: '',
})
/** The fixture's text of a point, as written in that language's file. */
function pointText(locale: string, slug: string, n: number): string {
  const body = matter(readFileSync(join(FIXTURE_CONTENT, locale, 'publications', `${slug}.md`), 'utf8')).content
  return new RegExp(`^${n}\\. (.+)$`, 'm').exec(body)![1]!
}
const fill = (message: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, String(v)), message)

let server: RunningServer
let repo: ContentRepo
let db: Database
let closeDb: () => Promise<void>

async function signedIn(who: { email: string; password: string }) {
  const client = new FormClient(server.url)
  expect((await client.signIn(who.email, who.password)).status).toBe(303)
  return client
}
const commentByName = (name: string) => db.select().from(schema.consultationComment).where(eq(schema.consultationComment.name, name))

test.beforeAll(async () => {
  // Starting a server with its own PostgreSQL takes a while on a busy machine.
  test.setTimeout(180_000)
  // Where the report is proposed: the fixture content without the closed consultation's report.
  repo = makeContentRepo()
  gitIn(repo.dir, 'rm', '-q', REPORT)
  gitIn(repo.dir, 'commit', '-q', '-m', 'No report yet')
  server = await serveBuild({ env: { ...FIXTURE, CONTENT_REPO: repo.dir } })
  await addStaff({ dataDir: server.dataDir }, MODERATOR.email, 'moderator', MODERATOR.password)
  await addStaff({ dataDir: server.dataDir }, SECRETARIAT.email, 'secretariat', SECRETARIAT.password)
  await addStaff({ dataDir: server.dataDir }, ADMIN.email, 'admin', ADMIN.password)
  const embedded = await startEmbedded({ dir: server.dataDir, reuse: true })
  const pool = createPool(embedded.url, 2)
  db = drizzle(pool, { schema })
  closeDb = () => pool.end()
})
test.afterAll(async () => {
  await closeDb?.()
  await server?.stop()
  repo?.remove()
})

for (const locale of ['en', 'ar']) {
  test(`${locale}, JavaScript off: comments on point 3 from the point's own link`, async ({ browser }) => {
    const m = messages(locale)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/${locale}/publications/${OPEN}`)
    // Five points, each with its anchor, the statement in the page's language.
    await expect(page.locator('ol > li[id^="point-"]')).toHaveCount(5)
    await expect(page.locator('#point-3')).toContainText(pointText(locale, OPEN, 3))
    await page
      .locator('#point-3')
      .getByRole('link', { name: fill(m.points.commentOn, { number: 3 }) })
      .click()
    await expect(page).toHaveURL(`${server.url}${formPage(locale)}?point=3#comment-form-heading`)
    // The point is chosen, named by its number and first words in the reader's language.
    const select = page.getByLabel(m.points.field)
    await expect(select).toHaveValue('3')
    await expect(select.locator('option:checked')).toHaveText(
      new RegExp(`^${fill(m.points.option, { number: 3, words: '' })}${pointText(locale, OPEN, 3).split(' ').slice(0, 3).join(' ')}`),
    )
    await expect(select.locator('option')).toHaveText([
      m.points.wholeDraft,
      ...[1, 2, 3, 4, 5].map((n) => new RegExp(`^${fill(m.points.option, { number: n, words: '' })}`)),
    ])
    const name = unique(`Point ${locale}`)
    await page.getByLabel(m.consultations.form.name, { exact: true }).fill(name)
    await page.getByLabel(m.consultations.form.email).fill('points@example.org')
    await page.getByLabel(m.consultations.form.comment, { exact: true }).fill(`On point 3, from ${locale}`)
    await page.locator('#consent').check()
    await page.getByRole('button', { name: m.consultations.form.submit }).click()
    await expect(page.getByRole('status')).toContainText(m.consultations.form.sentHeading)
    const rows = await commentByName(name)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ point: 3, locale, status: 'pending', consultation: OPEN })
    await context.close()
  })

  test(`${locale}: the statement with its points' links, and the form with a point chosen, meet WCAG 2.2 AA`, async ({ browser }) => {
    // axe runs in the page: JavaScript on.
    const context = await browser.newContext()
    const page = await context.newPage()
    for (const path of [`/${locale}/publications/${OPEN}`, `${formPage(locale)}?point=3`]) {
      await page.goto(server.url + path)
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      expect(axe.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
    await context.close()
  })
}

test('a point the statement does not have is refused at its field, and the text is kept', async () => {
  const visitor = new FormClient(server.url)
  const error = messages('en').consultations.errors.pointUnknown
  const name = unique('Bad point')
  for (const bad of ['6', '0', 'three']) {
    const answer = await visitor.submit(formPage('en'), { ...fields(name, 'About a point that is not there'), point: bad })
    expect(answer.status, bad).toBe(200)
    expect(answer.body).toContain(`<p id="point-error" class="mt-1 text-sm font-semibold text-red-800">${error}</p>`)
    expect(answer.body).toMatch(/<select[^>]*id="point"[^>]*aria-invalid="true"[^>]*aria-describedby="point-error"/)
    expect(answer.body).toContain('About a point that is not there')
  }
  expect(await commentByName(name)).toHaveLength(0)
  // A link naming a point the statement lacks chooses nothing.
  expect((await visitor.get(`${formPage('en')}?point=9`)).body).toMatch(/<option value="" selected="">/)
})

test('the moderator sees the point and filters by it; the exports carry it', async () => {
  const visitor = new FormClient(server.url)
  const onThree = unique('Moderated point 3')
  const whole = unique('Moderated whole')
  expect((await visitor.submit(formPage('en'), { ...fields(onThree, 'About point 3'), point: '3' })).status).toBe(303)
  expect((await visitor.submit(formPage('en'), fields(whole, 'About all of it'))).status).toBe(303)
  const [three] = await commentByName(onThree)
  const [all] = await commentByName(whole)
  expect([three?.point, all?.point]).toEqual([3, null])

  const moderator = await signedIn(MODERATOR)
  const queue = (await moderator.get(`/staff/comments/${OPEN}?point=3`)).body
  expect(queue).toContain(onThree)
  expect(queue).not.toContain(whole)
  expect(queue).toContain(`On point 3: “${pointText('en', OPEN, 3).split(' ').slice(0, 3).join(' ')}`)
  expect(queue).toMatch(/<a href="\/staff\/comments\/amaranth-consultation\?point=3" aria-current="page"[^>]*>Point 3 \(\d+\)<\/a>/)
  expect((await moderator.get(`/staff/comments/${OPEN}?point=whole`)).body).toContain(whole)
  // Deciding from the filtered queue comes back to it.
  const hidden = hiddenInputs(queue, 'id', `name="id" value="${three!.id}"`)
  expect(hidden.filter).toBe('3')
  const decided = await moderator.post(`/staff/comments/${OPEN}`, { ...hidden, decision: 'publish' })
  expect(decided.location).toContain(`published=${three!.id}&point=3`)

  const secretariat = await signedIn(SECRETARIAT)
  const lines = csvLines((await secretariat.get(`/staff/comments/${OPEN}/export?format=csv`)).body)
  expect(lines[0]).toMatch(/^id,status,point,/)
  expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${three!.id},published,3,`)))
  expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${all!.id},pending,,`)))
  const onlyThree = csvLines((await secretariat.get(`/staff/comments/${OPEN}/export?format=csv&point=3`)).body)
  expect(onlyThree.slice(1, -1).every((line) => /^\d+,\w+,3,/.test(line))).toBe(true)
  const grouped = JSON.parse((await secretariat.get(`/staff/comments/${OPEN}/export?format=json&by=point`)).body)
  const points = grouped.comments.map((c: { point: number | null }) => c.point ?? 0)
  expect(points).toEqual([...points].sort((a: number, b: number) => a - b))
})

test('after the close, the report groups the comments by point and passes content:check; the statement links its report', async () => {
  const moderator = { id: 'test', email: MODERATOR.email }
  // The closed consultation's comments, as they were before its close.
  const add = async (name: string, point: number | null, decision: 'published' | 'rejected') => {
    const { randomUUID } = await import('node:crypto')
    const { id } = await addComment(db, {
      submission: randomUUID(),
      consultation: CLOSED,
      locale: 'en',
      name,
      email: 'r@example.org',
      body: `${name} wrote this.`,
      point,
    })
    await decideComment(db, { id, decision, actor: moderator })
  }
  const names = {
    one: unique('Report one'),
    three: unique('Report three'),
    rejected: unique('Report rejected'),
    whole: unique('Report whole'),
  }
  await add(names.one, 1, 'published')
  await add(names.three, 3, 'published')
  await add(names.rejected, 3, 'rejected')
  await add(names.whole, null, 'published')

  const secretariat = await signedIn(SECRETARIAT)
  expect((await secretariat.get(`/staff/comments/${OPEN}/report`)).status).toBe(409)
  expect((await (await signedIn(MODERATOR)).get(`/staff/comments/${CLOSED}/report`)).status).toBe(403)
  const queue = (await secretariat.get(`/staff/comments/${CLOSED}`)).body
  expect(queue).toContain(`href="/staff/comments/${CLOSED}/report"`)
  const answer = await secretariat.get(`/staff/comments/${CLOSED}/report`)
  expect(answer.status).toBe(200)
  const report = answer.body
  const sections = new Map(report.split(/^## /m).map((s) => [s.slice(0, s.indexOf('\n')), s]))
  expect([...sections.keys()].slice(1)).toEqual(['About this report', 'Point 1', 'Point 2', 'Point 3', 'The whole draft'])
  expect(sections.get('Point 1')).toContain(names.one)
  expect(sections.get('Point 2')).toContain('Comments received: 0. Published: 0.')
  expect(sections.get('Point 3')).toContain(names.three)
  expect(sections.get('Point 3')).toContain('Comments received: 2. Published: 1.')
  expect(report).not.toContain(names.rejected)
  expect(sections.get('The whole draft')).toContain(names.whole)

  // Placed as the README says, it is valid content: the check the pull request runs.
  const content = mkdtempSync(join(tmpdir(), 'ispcp-report-'))
  try {
    cpSync(FIXTURE.CONTENT_DIR, content, { recursive: true })
    writeFileSync(join(content, `en/publications/${CLOSED}-report.md`), report)
    // Asynchronously: a test process blocked for seconds misses the server closing its idle connections.
    const check = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], {
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    })
    expect(check.stdout).toContain('content OK')
  } finally {
    rmSync(content, { recursive: true, force: true })
  }
  // The fixture's own report of that consultation is linked from its statement.
  const statement = (await new FormClient(server.url).get(`/en/publications/${CLOSED}`)).body
  expect(statement).toMatch(new RegExp(`<a href="/en/publications/${CLOSED}-report"[^>]*>${messages('en').points.report}</a>`))
})

test('after the close, with JavaScript off, the secretariat proposes the report as a change; proposing again adds to it; an admin merges it', async ({
  browser,
}) => {
  const branch = `content/en/publications/${CLOSED}-report`
  const branches = () => gitIn(repo.dir, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/content/').split('\n').filter(Boolean)
  const mainBefore = gitIn(repo.dir, 'rev-parse', 'main').trim()
  const secretariat = await signedIn(SECRETARIAT)
  const propose = async (button: string) => {
    const page = (await secretariat.get(`/staff/comments/${CLOSED}`)).body
    return secretariat.post(`/staff/comments/${CLOSED}`, hiddenInputs(page, 'consultation', button))
  }
  // A moderator has no such button, and no right to the action.
  const moderator = await signedIn(MODERATOR)
  expect((await moderator.get(`/staff/comments/${CLOSED}`)).body).not.toContain('Propose the report')

  const first = await propose('Propose the report as a change')
  expect(first.status).toBe(303)
  expect(first.location).toContain(`reportProposed=${encodeURIComponent(branch)}`)
  const proposed = (await secretariat.get(first.location!)).body
  expect(proposed).toContain(`The report is proposed as a change on branch ${branch}.`)
  expect(proposed).toContain(`branch <code>${branch}</code>`)
  expect(proposed).toContain('Propose the report again')
  expect(branches()).toEqual([branch])
  expect(gitIn(repo.dir, 'rev-list', `main..${branch}`).trim().split('\n')).toHaveLength(1)
  expect(gitIn(repo.dir, 'diff', '--name-only', 'main', branch).trim()).toBe(REPORT)
  expect(gitIn(repo.dir, 'rev-parse', 'main').trim()).toBe(mainBefore)
  // The desk page naming the change: WCAG 2.2 AA at phone and desktop widths, nothing scrolling sideways.
  const context = await browser.newContext({ baseURL: server.url })
  await context.addCookies([...secretariat.cookies].map(([name, value]) => ({ name, value, url: server.url })))
  const page = await context.newPage()
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(first.location!)
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations, `${width} px`).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBe(0)
  }
  await context.close()

  // A comment published late changes the report: proposing again adds a commit to the same branch.
  const late = unique('Report late')
  const { randomUUID } = await import('node:crypto')
  const { id } = await addComment(db, {
    submission: randomUUID(),
    consultation: CLOSED,
    locale: 'en',
    name: late,
    email: 'l@example.org',
    body: 'Late.',
    point: 2,
  })
  await decideComment(db, { id, decision: 'published', actor: { id: 'test', email: MODERATOR.email } })
  const again = await propose('Propose the report again')
  expect(again.location).toContain(`reportAdded=${encodeURIComponent(branch)}`)
  expect(branches()).toEqual([branch])
  expect(gitIn(repo.dir, 'rev-list', `main..${branch}`).trim().split('\n')).toHaveLength(2)
  expect(gitIn(repo.dir, 'show', `${branch}:${REPORT}`)).toContain(late)
  // Nothing new: nothing added, and the page says so.
  const same = await propose('Propose the report again')
  expect(same.location).toContain('reportRefused=same')
  expect((await secretariat.get(same.location!)).body).toContain('it is the same as the one already on its branch or on the site')

  // It is listed with the open changes, where an admin merges it.
  const admin = await signedIn(ADMIN)
  expect((await admin.get(`/staff/comments/${CLOSED}`)).body).toContain(`href="/staff/content/en/publications/${CLOSED}-report"`)
  const changes = (await admin.get('/staff/content')).body
  expect(changes).toContain(`Branch <code>${branch}</code>`)
  const merged = await admin.post('/staff/content', hiddenInputs(changes, 'branch', `value="${branch}"`))
  expect(merged.location).toContain(`merged=${encodeURIComponent(branch)}`)
  expect(branches()).toEqual([])
  expect(gitIn(repo.dir, 'show', `main:${REPORT}`)).toContain(late)
  // Published now: the page says so before anyone proposes it again.
  expect((await secretariat.get(`/staff/comments/${CLOSED}`)).body).toContain('The report of public comments is on the site.')
})
