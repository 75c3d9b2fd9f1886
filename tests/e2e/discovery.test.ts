// A prospective member's visit, in English and Arabic, with JavaScript on
// and off: filter to current working groups about security, open one,
// check eligibility, and find the WSIS statement by searching.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser'

const baseUrl = inject('baseUrl')
const root = join(import.meta.dirname, '../..')
const dictionary = (locale: string) => JSON.parse(readFileSync(join(root, `lib/i18n/messages/${locale}.json`), 'utf8'))
const topics = JSON.parse(readFileSync(join(root, 'content/topics.json'), 'utf8')) as Record<string, Record<string, string>>

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function click(page: Page, locator: ReturnType<Page['locator']>, path: RegExp) {
  await Promise.all([page.waitForURL((u) => path.test(u.pathname + u.search)), locator.click()])
  await page.waitForLoadState('load')
}

describe.each([
  ['en', true],
  ['en', false],
  ['ar', true],
  ['ar', false],
] as const)('in %s with JavaScript %s', (locale, javaScriptEnabled) => {
  let context: BrowserContext
  let page: Page
  const t = dictionary(locale)

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled })
    page = await context.newPage()
  })
  afterAll(async () => {
    await context?.close()
  })

  it('filters to current working groups about security and opens one', async () => {
    await page.goto(`${baseUrl}/${locale}/working-groups`)
    if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    const filters = page.getByRole('navigation', { name: t.explorer.navLabel })
    await click(page, filters.getByRole('link', { name: t.explorer.status.current, exact: true }), /\/filter\/current\/all$/)
    await click(page, filters.getByRole('link', { name: topics.security![locale], exact: true }), /\/filter\/current\/security$/)
    expect(new URL(page.url()).pathname).toBe(`/${locale}/working-groups/filter/current/security`)
    if (javaScriptEnabled) {
      // Client-side navigation: the same document, no full reload.
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    }
    const groups = page.locator('main h2 a, main h3 a')
    const hrefs = await groups.evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual([`/${locale}/working-groups/dns-security-and-stability-analysis`])
    await click(page, groups.first(), /dns-security-and-stability-analysis$/)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('main').innerText()).toContain(t.workingGroups.status.current)
  })

  it('checks eligibility: enough criteria, then too few', async () => {
    await page.goto(`${baseUrl}/${locale}/membership`)
    for (const id of ['backbone', 'affected', 'participation']) await page.locator(`#criterion-${id}`).check()
    await click(page, page.getByRole('button', { name: t.eligibility.submit }), /\/membership\/eligibility\?/)
    expect(new URL(page.url()).searchParams.getAll('c').sort()).toEqual(['affected', 'backbone', 'participation'])
    await expect(page.locator('main').innerText()).resolves.toContain(t.eligibility.eligibleHeading)

    await page.locator('#criterion-participation').uncheck()
    await click(page, page.getByRole('button', { name: t.eligibility.submit }), /\/membership\/eligibility\?/)
    const answer = await page.locator('main').innerText()
    expect(answer).toContain(t.eligibility.notEligibleHeading)
    expect(answer).not.toContain(t.eligibility.eligibleHeading + '\n')
  })

  it('finds the WSIS statement by searching "Mar del Plata" from the header', async () => {
    await page.goto(`${baseUrl}/${locale}/about`)
    const box = page.locator('header form[role="search"] input[name="q"]')
    await box.fill('Mar del Plata')
    await Promise.all([page.waitForURL((u) => u.pathname === `/${locale}/search`), box.press('Enter')])
    await page.waitForLoadState('load')
    expect(new URL(page.url()).searchParams.get('q')).toBe('Mar del Plata')
    const first = page.locator('main ol a, main ul a').first()
    expect(await first.getAttribute('href')).toBe(`/${locale}/publications/wsis-statement-2005`)
    expect(await page.locator('main mark').first().innerText()).toMatch(/Mar del Plata/i)
  })
})
