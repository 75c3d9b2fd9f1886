// Members and officers end to end, on the fixture build with a database of
// its own, in Chromium with JavaScript off: an application with consent to
// be listed → accepted and admitted on the desk → listed on /en/members and
// /ar/members within a minute; a member entered by hand without consent
// shows no name; the filter; a lapsed member leaves the list; an admin makes
// a representative chair and /fr/structure shows them with their term; a
// sixth officer at once is refused; the CSV export; a privacy request. Then
// axe on the public and desk pages at 390 and 1280 px.
import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Page, test } from '@playwright/test'
import { drizzle } from 'drizzle-orm/node-postgres'
import { createPool } from '../../lib/db/client'
import { startEmbedded } from '../../lib/db/embedded'
import { addMember, assignOfficer } from '../../lib/db/queries/members'
import * as schema from '../../lib/db/schema'
import { formatPartialDate } from '../../lib/i18n/config'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { csvLines } from '../support/csv'
import { addStaff } from '../support/staff-accounts'
import { messages } from './site'
import { type HtmlPage, htmlErrors } from './vnu'

test.describe.configure({ mode: 'serial', timeout: 300_000 })

const FIXTURE = { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site' }
const SECRETARIAT = { email: 'secretariat@example.org', password: 'secretariat-password-1' }
const ADMIN = { email: 'admin@example.org', password: 'admin-password-123' }
const ELIGIBLE = '?c=backbone&c=affected&c=participation'
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
// A desk change reaches every instance's pages within this (README: live pages).
const LIVE = { timeout: 60_000, intervals: [2_000] }

const A = {
  organisation: 'Amaranth Networks',
  website: 'https://amaranth.example.net/',
  representative: 'Anne Listed',
  email: 'anne.listed@example.net',
}
const B = { organisation: 'Basil Transit Association', representative: 'Bruno Unlisted', email: 'bruno@example.net' }

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const TERM = { start: day(-30), end: day(335) }

let server: RunningServer

async function withDatabase<T>(use: (db: ReturnType<typeof drizzle<typeof schema>>) => Promise<T>): Promise<T> {
  const embedded = await startEmbedded({ dir: server.dataDir, reuse: true })
  const pool = createPool(embedded.url, 1)
  try {
    return await use(drizzle(pool, { schema }))
  } finally {
    await pool.end()
  }
}

async function noScript(browser: Browser) {
  return browser.newContext({ javaScriptEnabled: false, baseURL: server.url })
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/staff/sign-in')
  await page.fill('#email', who.email)
  await page.fill('#password', who.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(/\/staff$/)
}

/** Reloads `path` until `check` passes: the page is live, within a minute of the database. */
async function eventually(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path)
    await check()
  }).toPass(LIVE)
}

const memberEntry = (page: Page, organisation: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: organisation }) })

test.beforeAll(async () => {
  server = await serveBuild({ env: { ...FIXTURE, FORM_RATE_LIMIT: 'off', SMTP_URL: '', SECRETARIAT_EMAIL: '' } })
  await addStaff({ dataDir: server.dataDir }, SECRETARIAT.email, 'secretariat', SECRETARIAT.password)
  await addStaff({ dataDir: server.dataDir }, ADMIN.email, 'admin', ADMIN.password)
})

test.afterAll(async () => {
  await server?.stop()
})

test('before anyone is admitted, the list and the officers say so', async ({ browser }) => {
  const context = await noScript(browser)
  const page = await context.newPage()
  // Built without a database, the pages fill in from it within a minute of the server's start.
  await eventually(page, '/en/members', async () => {
    await expect(page.getByText(messages('en').members.empty)).toBeVisible({ timeout: 1_000 })
  })
  await eventually(page, '/fr/structure', async () => {
    await expect(page.getByText(messages('fr').officers.none)).toBeVisible({ timeout: 1_000 })
  })
  await context.close()
})

test('JavaScript off: apply with consent, admit, list, filter, lapse, chair, a sixth officer refused', async ({ browser }) => {
  const en = messages('en')
  const visitor = await (await noScript(browser)).newPage()

  // 1. Apply, consenting to the representative's name being listed.
  await visitor.goto(`/en/membership/apply${ELIGIBLE}`)
  await expect(visitor.locator('[name=listRepresentative]')).not.toBeChecked()
  await visitor.fill('[name=organisation]', A.organisation)
  await visitor.check('input[name=kind][value=commercial-entity]')
  await visitor.selectOption('[name=country]', 'FR')
  await visitor.fill('[name=website]', A.website)
  await visitor.fill('[name=representative]', A.representative)
  await visitor.fill('[name=email]', A.email)
  await visitor.check('[name=listRepresentative]')
  await visitor.fill('[name=statement]', 'We run a backbone network.')
  await visitor.check('[name=declaration]')
  await visitor.getByRole('button', { name: en.apply.submit }).click()
  const reference = (await visitor.locator('[data-reference]').getAttribute('data-reference'))!
  expect(reference).toMatch(/^ISPCP-\d{4}-\d{4,}$/)

  // 2. The secretariat accepts it and admits the member.
  const secretariat = await (await noScript(browser)).newPage()
  await signIn(secretariat, SECRETARIAT)
  await secretariat.goto('/staff/applications')
  await secretariat.getByRole('link', { name: reference }).click()
  await expect(secretariat.getByRole('button', { name: 'Admit as member' })).toBeDisabled()
  await secretariat.selectOption('#status', 'accepted')
  await secretariat.getByRole('button', { name: 'Change status' }).click()
  await expect(secretariat.getByText('Status changed.')).toBeVisible()
  await expect(secretariat.locator('#admit-note')).toContainText('they did)')
  await secretariat.getByRole('button', { name: 'Admit as member' }).click()
  await expect(secretariat.getByText('Admitted as a member')).toBeVisible()
  await expect(secretariat.locator('#listRepresentative')).toBeChecked()
  await expect(secretariat.locator('#standing')).toHaveValue('good-standing')

  // 3. Listed in English and in Arabic, with the representative, within a minute.
  const year = String(new Date().getUTCFullYear())
  await eventually(visitor, '/en/members', async () => {
    const entry = memberEntry(visitor, A.organisation)
    await expect(entry).toContainText(A.representative, { timeout: 1_000 })
    await expect(entry).toContainText('France')
    await expect(entry).toContainText(en.members.since.replace('{year}', year))
    await expect(entry.getByRole('link', { name: A.organisation })).toHaveAttribute('href', A.website)
  })
  await eventually(visitor, '/ar/members', async () => {
    const entry = memberEntry(visitor, A.organisation)
    await expect(entry).toContainText(A.representative, { timeout: 1_000 })
    await expect(entry).toContainText('فرنسا')
    await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl')
  })
  expect(await visitor.locator('script').count()).toBe(0)

  // 4. A member who never applied online, entered by hand without consent: no name shown.
  await secretariat.goto('/staff/members/new')
  await secretariat.fill('#organisation', B.organisation)
  await secretariat.selectOption('#kind', 'trade-association')
  await secretariat.selectOption('#country', 'DE')
  await secretariat.fill('#website', 'not a website')
  await secretariat.fill('#representative', B.representative)
  await secretariat.fill('#email', B.email)
  await secretariat.getByRole('button', { name: 'Add the member' }).click()
  // Refused next to the field, with everything typed kept.
  await expect(secretariat.locator('#website-error')).toHaveText(en.apply.errorWebsite)
  await expect(secretariat.locator('#website')).toHaveAttribute('aria-describedby', 'website-error')
  await expect(secretariat.locator('#organisation')).toHaveValue(B.organisation)
  await expect(secretariat.locator('#country')).toHaveValue('DE')
  await secretariat.fill('#website', 'https://basil.example.org')
  await secretariat.getByRole('button', { name: 'Add the member' }).click()
  await expect(secretariat.getByText('Member added.')).toBeVisible()
  const memberB = secretariat.url()
  await eventually(visitor, '/en/members', async () => {
    await expect(memberEntry(visitor, B.organisation)).toContainText(en.members.representativeNotListed, { timeout: 1_000 })
  })
  expect(await visitor.content()).not.toContain(B.representative)

  // The filter, as a GET form without JavaScript: country and kind.
  await visitor.selectOption('#member-country', 'DE')
  await visitor.selectOption('#member-kind', 'trade-association')
  await visitor.getByRole('button', { name: en.members.filterSubmit }).click()
  await expect(visitor).toHaveURL(/\/en\/members\/filter\?country=DE&kind=trade-association$/)
  await expect(visitor.getByRole('link', { name: B.organisation })).toBeVisible()
  await expect(visitor.getByRole('link', { name: A.organisation })).toHaveCount(0)
  await expect(visitor.locator('#member-country')).toHaveValue('DE')
  await visitor.goto('/en/members/filter?kind=commercial-entity')
  await expect(visitor.getByRole('link', { name: A.organisation })).toBeVisible()
  await expect(visitor.getByRole('link', { name: B.organisation })).toHaveCount(0)

  // 5. Lapsed: off the public list, still on the desk.
  await secretariat.goto(memberB)
  await secretariat.selectOption('#standing', 'lapsed')
  await secretariat.getByRole('button', { name: 'Save' }).click()
  await expect(secretariat.getByText('Member saved.')).toBeVisible()
  await eventually(visitor, '/en/members', async () => {
    await expect(visitor.getByRole('link', { name: B.organisation })).toHaveCount(0, { timeout: 1_000 })
  })
  await expect(visitor.getByRole('link', { name: A.organisation })).toBeVisible()
  await secretariat.goto('/staff/members?standing=lapsed')
  await expect(secretariat.getByRole('link', { name: B.organisation })).toBeVisible()

  // 6. An admin makes A's representative chair; /fr/structure shows them with the term.
  const admin = await (await noScript(browser)).newPage()
  await signIn(admin, ADMIN)
  await admin.goto('/staff/members/officers')
  await admin.selectOption('#officer-member', { label: `${A.representative} (${A.organisation})` })
  await admin.selectOption('#officer-role', 'chair')
  await admin.fill('#officer-start', TERM.start)
  await admin.fill('#officer-end', TERM.end)
  await admin.getByRole('button', { name: 'Assign' }).click()
  await expect(admin.getByRole('status')).toContainText('Officer assigned.')
  const fr = messages('fr').officers
  const term = fr.term.replace('{start}', formatPartialDate('fr', TERM.start)).replace('{end}', formatPartialDate('fr', TERM.end))
  await eventually(visitor, '/fr/structure', async () => {
    const chair = visitor.getByRole('listitem').filter({ hasText: fr.roles.chair })
    await expect(chair).toContainText(A.representative, { timeout: 1_000 })
    await expect(chair).toContainText(A.organisation)
    await expect(chair).toContainText(term)
  })
  await expect(visitor.getByRole('heading', { name: fr.heading })).toBeVisible()

  // 7. Four more officers fill the five seats (the GNSO Council's two by default); with
  // three Council seats set, a sixth officer at once is still refused.
  await withDatabase(async (db) => {
    const actor = { id: null, email: 'test' }
    for (const role of ['gnso-councillor', 'gnso-councillor', 'csg-executive', 'csg-executive-alternate'] as const) {
      const holder = await addMember(
        db,
        {
          organisation: `Officer Org ${role} ${Math.random().toString(36).slice(2, 6)}`,
          kind: 'commercial-entity',
          country: 'BR',
          website: 'https://officer.example.net',
          representative: `Officer ${role}`,
          email: `${role}-${Math.random().toString(36).slice(2, 6)}@example.net`,
          listRepresentative: false,
          memberSince: '2020-01-01',
          standing: 'good-standing',
        },
        actor,
      )
      expect('id' in (await assignOfficer(db, { memberId: holder.id, role, termStart: TERM.start, termEnd: TERM.end }, actor))).toBe(true)
    }
    await addMember(
      db,
      {
        organisation: 'Sixth Seat Ltd',
        kind: 'commercial-entity',
        country: 'BR',
        website: 'https://sixth.example.net',
        representative: 'Sixth Person',
        email: 'sixth@example.net',
        listRepresentative: true,
        memberSince: '2020-01-01',
        standing: 'good-standing',
      },
      actor,
    )
  })
  await admin.goto('/staff/members/officers')
  await admin.fill('#seats', '3')
  await admin.getByRole('button', { name: 'Save seats' }).click()
  await expect(admin.getByRole('status')).toContainText('Number of GNSO Council seats saved.')
  await admin.selectOption('#officer-member', { label: 'Sixth Person (Sixth Seat Ltd)' })
  await admin.selectOption('#officer-role', 'gnso-councillor')
  await admin.fill('#officer-start', day(0))
  await admin.fill('#officer-end', day(30))
  await admin.getByRole('button', { name: 'Assign' }).click()
  await expect(admin.getByRole('alert')).toContainText('more than 5 officers at once')
  await expect(admin.getByText('Sixth Person', { exact: false }).locator('xpath=ancestor::li')).toHaveCount(0)
  // Officers are the admin's: the secretariat cannot open their page.
  expect((await secretariat.goto('/staff/members/officers'))?.status()).toBe(403)

  await visitor.context().close()
  await secretariat.context().close()
  await admin.context().close()
})

test('the members CSV export, and a privacy request that leaves the organisation listed without its representative', async ({
  browser,
}) => {
  const context = await noScript(browser)
  const desk = await context.newPage()
  await signIn(desk, SECRETARIAT)
  const exported = await desk.request.get('/staff/members.csv')
  expect(exported.status()).toBe(200)
  const lines = csvLines(await exported.text())
  expect(lines[0]).toMatch(/^id,organisation,kind,country,website,representative,email,list_representative,member_since,standing/)
  expect(lines.find((l) => l.includes(A.organisation))).toContain(A.email)
  expect(lines.find((l) => l.includes(B.organisation))).toContain(',lapsed,')

  await desk.goto('/staff/privacy')
  await desk.fill('#search-email', A.email)
  await desk.getByRole('button', { name: 'Find everything about this address' }).click()
  await expect(desk.getByRole('heading', { name: 'Member representative: 1' })).toBeVisible()
  await expect(desk.getByRole('heading', { name: 'Officer entries: 1' })).toBeVisible()
  await desk.check('#confirm')
  await desk.getByRole('button', { name: 'Delete everything about this address' }).click()
  await expect(desk.getByRole('status')).toContainText('1 member representative(s)')

  const visitor = await context.newPage()
  await eventually(visitor, '/en/members', async () => {
    await expect(memberEntry(visitor, A.organisation)).toContainText(messages('en').members.representativeNotListed, { timeout: 1_000 })
  })
  expect(await visitor.content()).not.toContain(A.representative)
  await eventually(visitor, '/fr/structure', async () => {
    await expect(visitor.getByText(A.representative)).toHaveCount(0, { timeout: 1_000 })
  })
  await context.close()
})

test('the member list, the structure page and the desk pages pass axe at 390 and 1280 px, and are valid HTML', async ({ browser }) => {
  const signedIn = await browser.newContext({ baseURL: server.url })
  await signIn(await signedIn.newPage(), ADMIN)
  const cookies = await signedIn.cookies()
  await signedIn.close()
  const pages = [
    '/en/members',
    '/ar/members',
    '/en/members/filter?country=FR',
    '/ar/members/filter?kind=trade-association',
    '/fr/structure',
    '/ar/structure',
    '/ar/membership/apply',
    '/staff/members',
    '/staff/members/new',
    '/staff/members/officers',
  ]
  const problems: string[] = []
  const html: HtmlPage[] = []
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 900 } })
    await context.addCookies(cookies)
    const page = await context.newPage()
    const members = new URL((await page.goto('/staff/members?standing=good-standing'))!.url())
    const first = await page.locator('main table a, main li a').first().getAttribute('href')
    for (const path of [...pages, first!]) {
      await page.goto(path)
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
      for (const v of axe.violations) problems.push(`${width} px ${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
      // What these pages add, inside <main>, never runs past the window's edge. (The shared
      // header is the layout tests' business.)
      const wide = await page.evaluate(() => {
        const main = document.querySelector('main')!
        return main.scrollWidth > main.clientWidth ? [`${main.scrollWidth} px in ${main.clientWidth} px`] : []
      })
      if (wide.length) problems.push(`${width} px ${path}: <main> scrolls sideways, ${wide[0]}`)
      await page.screenshot({ path: `test-results/members-screenshots/${path.replace(/\W+/g, '_')}-${width}.png`, fullPage: true })
      // As sent (the browser's DOM is not the markup), once.
      if (width === 1280) html.push({ name: path, html: await (await page.request.get(path)).text() })
    }
    expect(members.pathname).toBe('/staff/members')
    await context.close()
  }
  expect(problems).toEqual([])
  const errors = htmlErrors(html)
  expect(errors, errors.join('\n')).toEqual([])
})
