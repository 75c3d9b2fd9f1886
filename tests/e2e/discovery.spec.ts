// A prospective member's visit to the fixture site, in English and Arabic,
// with JavaScript on and off: filter to current working groups about
// security, open one, check eligibility, and find a page by searching from
// the header. What each step must show is read from the fixture's files.
import { expect, test, type Page } from '@playwright/test'
import { entryPath } from '../../lib/content/load'
import { filterPath } from '../../lib/working-group-filter'
import { fixtureEntries, fixtureTopics, groupStatus, messages } from './site'

const TOPIC = 'security'
// A word that only the fixture's searchable files contain.
const SEARCH_TERM = 'heliotrope'

const englishPages = fixtureEntries('en', 'pages')
const listPage = englishPages.find((p) => p.data.lists === 'working-groups')!
const membership = (locale: string) =>
  (fixtureEntries(locale, 'pages').find((p) => p.slug === 'membership') ?? englishPages.find((p) => p.slug === 'membership'))!
const matching = fixtureEntries('en', 'working-groups').filter(
  (g) => groupStatus(g.data as { status: unknown }) === 'current' && (g.data.topics as string[]).includes(TOPIC),
)
const searchHits = (['pages', 'working-groups', 'publications'] as const).flatMap((collection) =>
  fixtureEntries('en', collection)
    .filter((e) => `${JSON.stringify(e.data)} ${e.body}`.toLowerCase().includes(SEARCH_TERM))
    .map((e) => entryPath(collection, e.slug)),
)

test('the fixture makes the journeys meaningful', () => {
  // A filter that keeps some groups and drops others; a search with one answer.
  expect(matching.length).toBeGreaterThanOrEqual(2)
  expect(fixtureEntries('en', 'working-groups').length).toBeGreaterThan(matching.length)
  expect(searchHits).toHaveLength(1)
})

// Clicks a link or button and waits for the address it leads to.
async function follow(page: Page, click: () => Promise<void>, path: RegExp) {
  await Promise.all([page.waitForURL((u) => path.test(u.pathname + u.search)), click()])
}

for (const [locale, javaScriptEnabled] of [
  ['en', true],
  ['en', false],
  ['ar', true],
  ['ar', false],
] as const) {
  test.describe(`in ${locale} with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })
    const t = messages(locale)

    test('filters to current working groups about security and opens one', async ({ page }) => {
      await page.goto(`/${locale}${entryPath('pages', listPage.slug)}`)
      if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
      const filters = page.getByRole('navigation', { name: t.explorer.navLabel })
      const want = `/${locale}${filterPath({ status: 'current', topic: TOPIC })}`
      await follow(
        page,
        () => filters.getByRole('link', { name: t.explorer.status.current, exact: true }).click(),
        /\/filter\/current\/all$/,
      )
      const topicLabel = fixtureTopics[TOPIC]![locale] ?? fixtureTopics[TOPIC]!.en!
      await follow(page, () => filters.getByRole('link', { name: topicLabel, exact: true }).click(), /\/filter\/current\/security$/)
      await expect(page).toHaveURL((u) => u.pathname === want)
      if (javaScriptEnabled) {
        // Reading pages ship no JavaScript: even with it on, each link loads
        // the next page whole (a new document), as it does with it off.
        expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined()
      }
      // Exactly the groups whose front matter matches, in any order.
      const groups = page.locator('main h2 a, main h3 a')
      await expect(groups).toHaveCount(matching.length)
      const hrefs = await groups.evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      expect([...hrefs].sort()).toEqual(matching.map((g) => `/${locale}${entryPath('working-groups', g.slug)}`).sort())

      await follow(page, () => groups.first().click(), new RegExp(`^${hrefs[0]}$`))
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('main')).toContainText(t.workingGroups.status.current)
    })

    test('checks eligibility: enough criteria, then a required one missing', async ({ page }) => {
      const criteria = (membership(locale).data.eligibility as { criteria: { id: string; group: string }[] }).criteria
      const activity = criteria.find((c) => c.group === 'activity')!
      const required = criteria.filter((c) => c.group === 'required')
      const ticked = [activity, ...required].map((c) => c.id)
      await page.goto(`/${locale}/membership`)
      for (const id of ticked) await page.locator(`#criterion-${id}`).check()
      const submit = page.getByRole('button', { name: t.eligibility.submit })
      await follow(page, () => submit.click(), /\/membership\/eligibility\?/)
      expect(new URL(page.url()).searchParams.getAll('c').sort()).toEqual([...ticked].sort())
      await expect(page.getByRole('heading', { name: t.eligibility.eligibleHeading, exact: true })).toBeVisible()

      await page.locator(`#criterion-${required.at(-1)!.id}`).uncheck()
      await follow(page, () => page.getByRole('button', { name: t.eligibility.submit }).click(), /\/membership\/eligibility\?/)
      await expect(page.getByRole('heading', { name: t.eligibility.notEligibleHeading, exact: true })).toBeVisible()
      await expect(page.getByRole('heading', { name: t.eligibility.eligibleHeading, exact: true })).toHaveCount(0)
    })

    test('finds a page by searching from the header and highlights the term', async ({ page }) => {
      await page.goto(`/${locale}/membership`)
      const box = page.locator('header form[role="search"] input[name="q"]')
      await box.fill(SEARCH_TERM)
      await follow(page, () => box.press('Enter'), new RegExp(`^/${locale}/search\\?`))
      expect(new URL(page.url()).searchParams.get('q')).toBe(SEARCH_TERM)
      await expect(page.locator('main ol a, main ul a').first()).toHaveAttribute('href', `/${locale}${searchHits[0]}`)
      await expect(page.locator('main mark').first()).toHaveText(new RegExp(SEARCH_TERM, 'i'))
    })
  })
}
