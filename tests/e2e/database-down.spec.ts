// The database goes away under a running server (fixture build): form pages
// answer 503 and say why in the visitor's language, a form sent anyway keeps
// its text, the desk answers 503 without data, and public pages are served
// as before.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { externalDatabase } from '../support/external-database'
import { FormClient, hiddenInputs } from '../support/form-client'

test.describe.configure({ mode: 'default', timeout: 120_000 })

const FIXTURE = { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site' }
const FORM = '/consultations/amaranth-consultation'
const NOTICE = {
  en: 'the site’s database is not answering',
  ar: 'قاعدة بيانات الموقع لا تستجيب',
}

let database: Awaited<ReturnType<typeof externalDatabase>>
let server: RunningServer

test.beforeAll(async () => {
  database = await externalDatabase()
  server = await serveBuild({ env: { ...FIXTURE, DATABASE_URL: database.url } })
  expect((await new FormClient(server.url).get(`/en${FORM}`)).status).toBe(200)
  await database.stop()
  // The proxy remembers the database's state for a few seconds.
  await expect.poll(async () => (await new FormClient(server.url).get(`/en${FORM}`)).status, { timeout: 15_000 }).toBe(503)
})

test.afterAll(async () => {
  await server?.stop()
  await database?.stop()
})

for (const locale of ['en', 'ar'] as const) {
  test(`${locale}: the form pages answer 503 with the reason, and keep what was typed`, async ({ page }) => {
    const visitor = new FormClient(server.url)
    // (The fixture has no membership form; the proxy's unit test covers every form path.)
    const form = await visitor.get(`/${locale}${FORM}`)
    expect(form.status).toBe(503)
    expect(form.body).toContain(NOTICE[locale])
    expect(form.body).toMatch(new RegExp(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`))
    // Sent with JavaScript off anyway: refused next to the form, text kept.
    const text = `Kept while the database is down ${locale}`
    const sent = await visitor.post(`/${locale}${FORM}`, {
      ...hiddenInputs(form.body, 'comment'),
      name: 'Down Visitor',
      organisation: '',
      email: 'down@example.org',
      comment: text,
      consent: 'yes',
      fax: '',
    })
    expect(sent.status).toBe(503)
    expect(sent.body).toContain(text)
    expect(sent.body).not.toMatch(/ECONNREFUSED|at \w+ \(|node_modules/)

    // In a browser: readable, accessible, and no error page.
    await page.goto(`${server.url}/${locale}${FORM}`)
    await expect(page.getByRole('status').filter({ hasText: NOTICE[locale] })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations,
    ).toEqual([])
  })
}

test('the desk and sign-in answer 503 without data; public pages are served', async () => {
  const visitor = new FormClient(server.url)
  for (const path of ['/staff', '/staff/sign-in', `/staff/comments/amaranth-consultation/export?format=csv`]) {
    const answer = await visitor.get(path)
    expect(answer.status, path).toBe(503)
    expect(answer.body, path).toContain('The desk is unavailable')
  }
  const signIn = await visitor.post('/api/auth/sign-in/email', { email: 'a@example.org', password: 'x' })
  expect(signIn.status).toBe(503)
  for (const path of [
    '/en',
    '/ar/publications/amaranth-consultation',
    '/fr/working-groups',
    '/en/consultations',
    '/en/members',
    '/fr/structure',
  ]) {
    expect((await visitor.get(path)).status, path).toBe(200)
  }
  // The member list's filter, rendered per request, says the list cannot be shown.
  const filtered = await visitor.get('/en/members/filter?country=FR')
  expect(filtered.status).toBe(200)
  expect(filtered.body).toContain('The list of members cannot be shown just now.')
})
