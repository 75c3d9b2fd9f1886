// The desk as staff meet it, on the fixture build with a fresh database and
// an application and a comment waiting: every desk page fits 360–1440 px
// without scrolling sideways and is valid HTML; the desk shows the public
// form's labels, not stored ids; a disabled button looks disabled and says
// why; the audit page shows the details its CSV has; CSV exports start with a
// byte order mark. Screenshots at 390 and 1280 px are saved to
// test-results/desk-screenshots/ for a person to look at.
import { type Browser, type BrowserContext, expect, test } from '@playwright/test'
import type { EligibilityData } from '../../lib/content'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { csvLines } from '../support/csv'
import { FormClient, hiddenInputs } from '../support/form-client'
import { addStaff } from '../support/staff-accounts'
import { fixtureEntries, messages } from './site'
import { type HtmlPage, htmlErrors } from './vnu'

test.describe.configure({ mode: 'default', timeout: 300_000 })

const FIXTURE = { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site' }
const ADMIN = { email: 'admin@example.org', password: 'admin-password-123' }
const WIDTHS = [360, 390, 1280, 1440]
const SCREENSHOT_WIDTHS = new Set([390, 1280])
// Long, unbroken and right-to-left values, as real applications have.
const ORGANISATION = 'شبكة المثال Example Networks International Holdings'
const EMAIL = 'representative.of.the.organisation@example-networks-international.example.net'

const apply = messages('en').apply
const eligibility = fixtureEntries('en', 'pages').find((e) => e.data.eligibility)!.data.eligibility as EligibilityData
// The least an eligible organisation ticks: one activity and every required criterion.
const ticked = [eligibility.criteria.find((c) => c.group === 'activity')!, ...eligibility.criteria.filter((c) => c.group === 'required')]
const consultation = fixtureEntries('en', 'publications').find((e) => {
  const closes = (e.data.consultation as { closes?: string } | undefined)?.closes
  const opens = (e.data.consultation as { opens?: string } | undefined)?.opens
  return opens && closes && Date.parse(opens) < Date.now() && Date.now() < Date.parse(closes)
})!.slug

let server: RunningServer
let admin: FormClient
let applicationPath: string

async function deskContext(browser: Browser, width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  await context.addCookies([...admin.cookies].map(([name, value]) => ({ name, value, url: server.url })))
  return context
}

const deskPages = () => [
  '/staff',
  '/staff/comments',
  `/staff/comments/${consultation}`,
  '/staff/applications',
  applicationPath,
  '/staff/calls',
  '/staff/calls/zeta-group',
  '/staff/alerts',
  '/staff/privacy',
  `/staff/privacy?email=${encodeURIComponent(EMAIL)}`,
  '/staff/members',
  '/staff/members/new',
  '/staff/members/officers',
  '/staff/audit',
  '/staff/accounts',
]

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000)
  server = await serveBuild({ env: FIXTURE })
  await addStaff({ dataDir: server.dataDir }, ADMIN.email, 'admin', ADMIN.password)
  // An application, sent as a person would without JavaScript.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: server.url })
  const page = await context.newPage()
  await page.goto(`/en/membership/apply?${ticked.map((c) => `c=${c.id}`).join('&')}`)
  await page.fill('[name=organisation]', ORGANISATION)
  await page.check('input[name=kind][value=commercial-entity]')
  await page.selectOption('[name=country]', 'FR')
  await page.fill('[name=website]', 'https://a-long-subdomain.example-networks-international.example.net/membership')
  await page.fill('[name=representative]', 'Anne Exemple')
  await page.fill('[name=email]', EMAIL)
  await page.fill('[name=statement]', 'We run a backbone network.')
  await page.check('[name=declaration]')
  await page.getByRole('button', { name: apply.submit }).click()
  await expect(page.getByRole('heading', { name: apply.doneTitle })).toBeVisible()
  await context.close()
  // A comment waiting for moderation.
  const visitor = new FormClient(server.url)
  const form = await visitor.get(`/en/consultations/${consultation}`)
  const sent = await visitor.post(`/en/consultations/${consultation}`, {
    ...hiddenInputs(form.body, 'comment'),
    name: 'Anne Exemple',
    organisation: ORGANISATION,
    email: EMAIL,
    comment: 'A comment long enough to wrap on a phone, about the draft.',
    consent: 'yes',
    fax: '',
  })
  expect(sent.status).toBe(303)

  admin = new FormClient(server.url)
  expect((await admin.signIn(ADMIN.email, ADMIN.password)).status).toBe(303)
  const list = await admin.get('/staff/applications')
  applicationPath = /href="(\/staff\/applications\/\d+)"/.exec(list.body)![1]!
})

test.afterAll(async () => {
  await server?.stop()
})

test('every desk page fits 360 to 1440 px without scrolling sideways, Sign out on one line beside the name', async ({ browser }) => {
  const problems: string[] = []
  for (const width of WIDTHS) {
    const context = await deskContext(browser, width)
    const page = await context.newPage()
    for (const path of [...deskPages(), '/staff/no-such-page']) {
      const response = await page.goto(server.url + path)
      expect(response?.status(), path).toBeLessThan(path.endsWith('no-such-page') ? 500 : 400)
      const layout = await page.evaluate(() => {
        const signOut = [...document.querySelectorAll('header button')].find((b) => b.textContent?.trim() === 'Sign out')
        const name = document.querySelector('header p')
        const box = (el: Element | null | undefined) => el?.getBoundingClientRect()
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          signOut: signOut && { ...box(signOut)!.toJSON(), lineHeight: Number.parseFloat(getComputedStyle(signOut).lineHeight) },
          name: name && box(name)!.toJSON(),
        }
      })
      if (layout.scrollWidth > layout.clientWidth)
        problems.push(`${width} px ${path}: ${layout.scrollWidth} px wide, scrolls sideways in ${layout.clientWidth} px`)
      if (layout.signOut && layout.signOut.height >= 2 * layout.signOut.lineHeight)
        problems.push(`${width} px ${path}: "Sign out" wraps (${layout.signOut.height} px high)`)
      if (width >= 1280 && layout.signOut && layout.name) {
        const middle = (b: { top: number; height: number }) => b.top + b.height / 2
        if (Math.abs(middle(layout.signOut) - middle(layout.name)) > layout.signOut.lineHeight / 2)
          problems.push(`${width} px ${path}: "Sign out" is not on the desk name's line`)
      }
      if (SCREENSHOT_WIDTHS.has(width))
        await page.screenshot({ path: `test-results/desk-screenshots/${path.replace(/\W+/g, '_')}-${width}.png`, fullPage: true })
    }
    await context.close()
  }
  // Signed out: the sign-in page.
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(`${server.url}/staff/sign-in`)
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    if (scrollWidth > clientWidth) problems.push(`${width} px /staff/sign-in: ${scrollWidth} px wide`)
    await page.close()
  }
  expect(problems).toEqual([])
})

test('every desk page is valid HTML, with its forms answered', async () => {
  const pages: HtmlPage[] = []
  for (const path of [...deskPages(), '/staff/no-such-page', `${applicationPath}?done=no-decision`]) {
    const page = await admin.get(path)
    pages.push({ name: path, html: page.body })
  }
  // The desk home's note form sent empty: the errors next to the field.
  const home = await admin.get('/staff')
  const answered = await admin.post('/staff', { ...hiddenInputs(home.body, 'body'), body: '' })
  expect(answered.status).toBe(200)
  pages.push({ name: '/staff (note sent empty)', html: answered.body })
  pages.push({ name: '/staff/sign-in', html: (await new FormClient(server.url).get('/staff/sign-in')).body })
  const errors = htmlErrors(pages)
  expect(errors, errors.join('\n')).toEqual([])
})

test("the application shows the form's labels, and the decision button says why it is disabled", async ({ browser }) => {
  const context = await deskContext(browser, 1280)
  const page = await context.newPage()
  await page.goto(server.url + applicationPath)
  const fact = (term: string) => page.locator(`dt:text-is("${term}") + dd`)
  await expect(fact('Kind')).toHaveText(apply.kindCommercial)
  await expect(fact('Criteria ticked').locator('li')).toHaveText(ticked.map((c) => c.label))
  await expect(fact('Country')).toHaveText('France (FR)')
  await expect(fact('Language')).toHaveText('English')
  const main = page.locator('main')
  await expect(main).not.toContainText('commercial-entity')
  await expect(main).not.toContainText(ticked.map((c) => c.id).join(', '))

  const send = page.getByRole('button', { name: 'Send the decision e-mail' })
  const change = page.getByRole('button', { name: 'Change status' })
  const look = (button: typeof send) =>
    button.evaluate((b) => {
      const style = getComputedStyle(b)
      return { background: style.backgroundColor, color: style.color, cursor: style.cursor }
    })
  await expect(send).toBeDisabled()
  const description = await send.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '')
  expect(description).toMatch(/no decision/i)
  expect(description).not.toMatch(/accept(ance|ed) message/i)
  const disabled = await look(send)
  const enabled = await look(change)
  expect(disabled.cursor).toBe('not-allowed')
  expect(disabled.background).not.toBe(enabled.background)
  expect(disabled.color).not.toBe(enabled.color)

  await page.selectOption('#status', 'accepted')
  await change.click()
  await expect(page.getByRole('status')).toContainText('Status changed')
  await expect(send).toBeEnabled()
  expect(await look(send)).toEqual(enabled)
  await expect(page.locator('#decision-mail-note')).toContainText('acceptance')
  await context.close()
})

test('the audit page shows the details the CSV records', async () => {
  // After the status change above (tests here run in order).
  const csv = csvLines((await admin.get('/staff/audit.csv')).body)
  const line = csv.find((l) => l.includes(',application-status-changed,'))
  expect(line, 'the CSV records the status change').toBeDefined()
  const detail = JSON.parse(/,"(\{.*\})"$/.exec(line!)![1]!.replace(/""/g, '"')) as Record<string, string>
  expect(Object.keys(detail).length).toBeGreaterThan(0)
  const page = await admin.get('/staff/audit')
  const row = [...page.body.matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map(([r]) => r).find((r) => r.includes('application-status-changed'))
  expect(row, 'the page lists the status change').toBeDefined()
  for (const [key, value] of Object.entries(detail)) expect(row).toContain(`${key}: ${value}`)
})

test('CSV exports start with a byte order mark, and Arabic names survive', async () => {
  const exports: [string, string][] = [
    ['/staff/audit.csv', 'application-status-changed'],
    ['/staff/applications.csv', ORGANISATION],
    [`/staff/comments/${consultation}/export?format=csv`, ORGANISATION],
  ]
  for (const [path, expected] of exports) {
    const answer = await admin.get(path)
    expect(answer.status, path).toBe(200)
    const [header, ...rows] = csvLines(answer.body)
    expect(header, path).toMatch(/^[a-z_]+,/i)
    expect(rows.join('\n'), path).toContain(expected)
  }
})
