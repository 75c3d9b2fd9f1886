// Membership applications end to end, against the production build with its
// own database and a local SMTP server: eligibility → application →
// confirmation → mails → the Secretariat's decision; the outbox without
// SMTP; hostile input; axe and keyboard in every language.
import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Page, test } from '@playwright/test'
import { drizzle } from 'drizzle-orm/node-postgres'
import { sql } from 'drizzle-orm'
import { createTranslator } from 'use-intl'
import { createPool } from '../../lib/db/client'
import { startEmbedded } from '../../lib/db/embedded'
import * as schema from '../../lib/db/schema'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { addStaff } from '../support/staff-accounts'
import { startSmtp, type TestSmtp } from '../support/smtp'
import { messages } from './site'

test.describe.configure({ mode: 'default', timeout: 180_000 })

const SECRETARIAT = { email: 'secretariat@example.org', password: 'secretariat-password-1' }
const SECRETARIAT_INBOX = 'inbox@secretariat.test'
const ELIGIBLE = '?c=backbone&c=affected&c=participation'
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt']

async function applicationCount(dataDir: string): Promise<number> {
  const embedded = await startEmbedded({ dir: dataDir, reuse: true })
  const pool = createPool(embedded.url, 1)
  try {
    const result = await drizzle(pool, { schema }).execute<{ n: number }>(sql`select count(*)::int as n from membership_application`)
    return result.rows[0]!.n
  } finally {
    await pool.end()
  }
}

async function fillApplication(page: Page, organisation: string, email: string) {
  await page.fill('[name=organisation]', organisation)
  await page.check('input[name=kind][value=commercial-entity]')
  await page.selectOption('[name=country]', 'FR')
  await page.fill('[name=website]', 'https://www.example-networks.net')
  await page.fill('[name=representative]', 'Anne Exemple')
  await page.fill('[name=email]', email)
  await page.fill('[name=statement]', 'We run a backbone network.')
  await page.check('[name=declaration]')
}

async function context(browser: Browser, server: RunningServer, js: boolean) {
  return browser.newContext({ javaScriptEnabled: js, baseURL: server.url })
}

test.describe('applying with SMTP configured', () => {
  let smtp: TestSmtp
  let server: RunningServer
  test.beforeAll(async () => {
    smtp = await startSmtp()
    server = await serveBuild({ env: { SMTP_URL: smtp.url, SECRETARIAT_EMAIL: SECRETARIAT_INBOX, FORM_RATE_LIMIT: 'off' } })
    await addStaff({ dataDir: server.dataDir }, SECRETARIAT.email, 'secretariat', SECRETARIAT.password)
  })
  test.afterAll(async () => {
    await server?.stop()
    await smtp?.close()
  })

  for (const locale of ['en', 'ar']) {
    for (const js of [false, true]) {
      test(`${locale}, JavaScript ${js ? 'on' : 'off'}: eligibility → application → mails → accepted → decision mail`, async ({
        browser,
      }) => {
        const m = messages(locale)
        const ctx = await context(browser, server, js)
        const page = await ctx.newPage()
        await page.goto(`/${locale}/membership/eligibility${ELIGIBLE}`)
        await page.getByRole('link', { name: m.apply.link }).click()
        await expect(page).toHaveURL(new RegExp(`/${locale}/membership/apply\\?`))
        for (const id of ['backbone', 'affected', 'participation'])
          await expect(page.locator(`input[name=criteria][value=${id}]`)).toBeChecked()
        await expect(page.locator('input[name=criteria][value=transit]')).not.toBeChecked()

        const email = `applicant-${locale}-${js ? 'js' : 'nojs'}@example.net`
        const organisation = locale === 'ar' ? 'شبكة المثال' : 'Example Networks'
        const before = smtp.received.length
        const stored = await applicationCount(server.dataDir)
        await fillApplication(page, organisation, email)
        const posts: string[] = []
        page.on('request', (request) => {
          if (request.method() === 'POST') posts.push(request.url())
        })
        const sent = page.waitForResponse((response) => response.request().method() === 'POST')
        await page.getByRole('button', { name: m.apply.submit }).click()
        // Without JavaScript the browser gets a 303 to the confirmation's own address.
        if (!js) expect((await sent).status()).toBe(303)
        const reference = page.locator('[data-reference]')
        await expect(reference).toBeVisible()
        const ref = (await reference.getAttribute('data-reference'))!
        expect(ref).toMatch(/^ISPCP-\d{4}-\d{4,}$/)
        await expect(reference).toContainText(ref)
        await expect(page).toHaveURL(`${server.url}/${locale}/membership/apply?received=${ref}`)
        await expect(page.getByRole('heading', { name: m.apply.doneNextHeading })).toBeVisible()
        await expect(page.getByText(m.apply.doneNext)).toBeVisible()
        await expect(page.getByRole('link', { name: 'secretariat@example.org' })).toBeVisible()
        if (js) {
          // axe runs in the page: only with JavaScript on. The confirmation has focus, as a new page's top would.
          await expect(page.getByRole('heading', { name: m.apply.doneTitle })).toBeFocused()
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
          expect(axe.violations.map((v) => v.id)).toEqual([])
        }

        // Reloading the confirmation reads it again: no second POST, no second
        // application, the same reference, and nothing the applicant typed.
        for (const _ of ['shown', 'reloaded']) {
          await expect(page.locator('[data-reference]')).toHaveAttribute('data-reference', ref)
          const html = await page.content()
          for (const typed of [email, organisation, 'Anne Exemple', 'example-networks.net', 'We run a backbone network.'])
            expect(html).not.toContain(typed)
          expect(posts).toHaveLength(1)
          expect(await applicationCount(server.dataDir)).toBe(stored + 1)
          await page.reload()
        }

        await smtp.waitFor(before + 2)
        const mine = smtp.received.filter((mail) => mail.subject.includes(ref))
        expect(mine.find((mail) => mail.to.includes(SECRETARIAT_INBOX))).toBeDefined()
        const confirmation = mine.find((mail) => mail.to.includes(email))!
        expect(confirmation.language).toBe(locale)
        expect(confirmation.subject).toBe(m.applicationMail.confirmationSubject.replace('{reference}', ref))

        // The Secretariat signs in, finds it, accepts it and sends the decision.
        const desk = await ctx.newPage()
        await desk.goto('/staff/sign-in')
        await desk.fill('#email', SECRETARIAT.email)
        await desk.fill('#password', SECRETARIAT.password)
        await desk.getByRole('button', { name: 'Sign in' }).click()
        await desk.waitForURL(/\/staff$/)
        await desk.goto('/staff/applications')
        await desk.getByRole('link', { name: ref }).click()
        await desk.selectOption('#status', 'accepted')
        await desk.getByRole('button', { name: 'Change status' }).click()
        await expect(desk.getByText('Status changed.')).toBeVisible()
        const beforeDecision = smtp.received.length
        await desk.getByRole('button', { name: 'Send the decision e-mail' }).click()
        await expect(desk.getByText('Decision e-mail queued')).toBeVisible()
        await smtp.waitFor(beforeDecision + 1)
        const decision = smtp.received.slice(beforeDecision).find((mail) => mail.to.includes(email))!
        expect(decision.subject).toBe(m.applicationMail.acceptedSubject.replace('{reference}', ref))
        expect(decision.language).toBe(locale)
        await ctx.close()
      })
    }
  }

  test('a double submit stores one application', async ({ browser }) => {
    const ctx = await context(browser, server, false)
    const page = await ctx.newPage()
    await page.goto('/en/membership/apply?c=transit&c=affected&c=participation')
    await fillApplication(page, 'Twice Ltd', 'twice@example.net')
    const before = await applicationCount(server.dataDir)
    const form = page.locator('form').filter({ has: page.locator('[name=organisation]') })
    const data = await form.evaluate((f: HTMLFormElement) => [...new FormData(f).entries()].map(([k, v]) => [k, String(v)] as const))
    // The same form sent twice at once, as a browser without JavaScript sends it.
    const body = () => {
      const fd = new FormData()
      for (const [k, v] of data) fd.append(k, v)
      return fd
    }
    const post = () =>
      page.request.post('/en/membership/apply?c=transit&c=affected&c=participation', {
        headers: { origin: server.url },
        multipart: body(),
        maxRedirects: 0,
      })
    const [a, b] = await Promise.all([post(), post()])
    expect([a.status(), b.status()]).toEqual([303, 303])
    // Both to the one application's confirmation.
    const location = a.headers().location
    expect(location).toMatch(/^\/en\/membership\/apply\?received=ISPCP-\d{4}-\d{4,}$/)
    expect(b.headers().location).toBe(location)
    expect(await applicationCount(server.dataDir)).toBe(before + 1)
    await ctx.close()
  })
})

test.describe('applying without SMTP', () => {
  let server: RunningServer
  test.beforeAll(async () => {
    server = await serveBuild({ env: { SMTP_URL: '', SECRETARIAT_EMAIL: '', FORM_RATE_LIMIT: 'off' } })
    await addStaff({ dataDir: server.dataDir }, SECRETARIAT.email, 'secretariat', SECRETARIAT.password)
  })
  test.afterAll(async () => {
    await server?.stop()
  })

  test('keeps the mails in the outbox, shown in the desk', async ({ browser }) => {
    const ctx = await context(browser, server, false)
    const page = await ctx.newPage()
    await page.goto(`/en/membership/apply${ELIGIBLE}`)
    await fillApplication(page, 'Outbox Ltd', 'outbox@example.net')
    await page.getByRole('button', { name: messages('en').apply.submit }).click()
    await expect(page.locator('[data-reference]')).toBeVisible()
    await page.goto('/staff/sign-in')
    await page.fill('#email', SECRETARIAT.email)
    await page.fill('#password', SECRETARIAT.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(/\/staff$/)
    await page.goto('/staff/applications')
    await expect(page.getByText('2 messages waiting.')).toBeVisible()
    await expect(page.getByText('Mail is not configured')).toBeVisible()
    await ctx.close()
  })

  test('the confirmation address shows only a well-formed reference, else the form', async ({ browser }) => {
    const ctx = await context(browser, server, false)
    const page = await ctx.newPage()
    for (const forged of ['<b>ISPCP-2026-0042</b>', 'anne@example.net', 'ISPCP-2026-42']) {
      await page.goto(`/en/membership/apply?received=${encodeURIComponent(forged)}`)
      await expect(page.locator('[name=organisation]')).toBeVisible()
      await expect(page.locator('[data-reference]')).toHaveCount(0)
    }
    await ctx.close()
  })

  test('each visitor gets a form of their own, never from a cache', async () => {
    const load = () => fetch(`${server.url}/en/membership/apply`)
    const [a, b] = await Promise.all([load(), load()])
    expect(a.headers.get('cache-control')).toMatch(/no-store/)
    const id = async (r: Response) => (await r.text()).match(/name="submission" value="([^"]+)"/)?.[1]
    const [first, second] = await Promise.all([id(a), id(b)])
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).not.toBe(first)
  })

  test('refuses bad input field by field and stores nothing', async ({ browser }) => {
    const m = messages('en').apply
    const ctx = await context(browser, server, false)
    const page = await ctx.newPage()
    const before = await applicationCount(server.dataDir)
    await page.goto('/en/membership/apply')
    await page.getByRole('button', { name: m.submit }).click()
    for (const field of ['organisation', 'kind', 'country', 'website', 'representative', 'email', 'criteria', 'statement', 'declaration']) {
      await expect(page.locator(`#${field}-error`), field).toBeVisible()
    }
    await expect(page.locator('#organisation')).toHaveAttribute('aria-describedby', /organisation-error/)
    await expect(page.getByRole('alert')).toBeVisible()

    // Forged values: a kind, a country and a criterion that do not exist, markup, too long.
    const form = page.locator('form').filter({ has: page.locator('[name=organisation]') })
    await form.evaluate((f: HTMLFormElement) => {
      const set = (name: string, value: string) => {
        const input = document.createElement('input')
        input.type = 'hidden'
        input.name = name
        input.value = value
        f.append(input)
      }
      for (const el of [...f.querySelectorAll('[name=kind],[name=country],[name=criteria]')]) el.remove()
      set('kind', 'government')
      set('country', 'XX')
      set('criteria', 'backbone')
      set('criteria', 'bribery')
    })
    await page.fill('[name=organisation]', '<script>alert(1)</script>')
    await page.fill('[name=website]', 'javascript:alert(1)')
    await page.fill('[name=representative]', 'A'.repeat(150))
    await page.locator('[name=representative]').evaluate((el: HTMLInputElement) => {
      el.removeAttribute('maxlength')
      el.value = 'A'.repeat(201)
    })
    await page.fill('[name=email]', 'not-an-email')
    await page.fill('[name=phone]', 'call me')
    await page.getByRole('button', { name: m.submit }).click()
    await expect(page.locator('#organisation-error')).toHaveText(m.errorMarkup)
    await expect(page.locator('#kind-error')).toHaveText(m.errorChoose)
    await expect(page.locator('#country-error')).toHaveText(m.errorCountry)
    await expect(page.locator('#website-error')).toHaveText(m.errorWebsite)
    const t = createTranslator({ locale: 'en', messages: messages('en') })
    await expect(page.locator('#representative-error')).toHaveText(t('apply.errorTooLong', { max: 200 }))
    await expect(page.locator('#email-error')).toHaveText(m.errorEmail)
    await expect(page.locator('#phone-error')).toHaveText(m.errorPhone)
    await expect(page.locator('#criteria-error')).toHaveText(m.errorCriteria)
    // The visitor's input is kept, as text.
    await expect(page.locator('[name=organisation]')).toHaveValue('<script>alert(1)</script>')
    expect(await applicationCount(server.dataDir)).toBe(before)
    await ctx.close()
  })

  for (const locale of LOCALES) {
    test(`${locale}: the form is axe-clean and reachable by keyboard`, async ({ browser }) => {
      const ctx = await context(browser, server, true)
      const page = await ctx.newPage()
      await page.goto(`/${locale}/membership/apply`)
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      await page.getByRole('button', { name: messages(locale).apply.submit }).click()
      await expect(page.locator('#organisation-error')).toBeVisible()
      const invalid = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      expect(invalid.violations.map((v) => v.id)).toEqual([])
      await page.locator('[name=organisation]').focus()
      await page.keyboard.type('Keyboard Ltd')
      await page.keyboard.press('Tab')
      await expect(page.locator('#kind')).toBeFocused()
      await ctx.close()
    })
  }
})
