// What visitors notice, on the fixture site: the phone header, where you
// are (aria-current, breadcrumbs), long documents and wide tables, the
// language switch keeping the query, the eligibility prompt, the icon.
import { expect, test } from '@playwright/test'
import { createTranslator } from 'use-intl'
import { formatPartialDate, locales } from '../../lib/i18n/config'
import { fixtureEntries, messages } from './site'

const PHONE = { width: 375, height: 667 }
const DESKTOP = { width: 1280, height: 900 }

const navPages = fixtureEntries('en', 'pages').filter((p) => p.data.nav)
const group = fixtureEntries('en', 'working-groups')[0]!
// The fixture's long document: three sections or more make a table of contents.
const longDocument = fixtureEntries('en', 'publications').find((p) => (p.body.match(/^## /gm) ?? []).length >= 3)!
// An English-only document whose front matter (title, author) is translated into Arabic.
const translatedByline = fixtureEntries('ar', 'publications').find(
  (p) => p.data.author && fixtureEntries('en', 'publications').find((e) => e.slug === p.slug)?.data.originalLanguageOnly,
)!
const statusOf = (g: { data: Record<string, unknown> }) => g.data.status as { asOf: string; estimated?: boolean }
const estimatedGroup = fixtureEntries('en', 'working-groups').find((g) => statusOf(g).estimated)!
const datedGroup = fixtureEntries('en', 'working-groups').find((g) => !statusOf(g).estimated)!

test('the fixture has what these tests need', () => {
  expect(navPages.length).toBeGreaterThanOrEqual(3)
  expect(longDocument).toBeDefined()
  expect(translatedByline).toBeDefined()
  expect(estimatedGroup).toBeDefined()
  expect(datedGroup).toBeDefined()
})

test.describe('on a phone', () => {
  test.use({ viewport: PHONE })

  for (const path of ['/en', '/ar', '/en/working-groups', `/en/working-groups/${group.slug}`, `/ar/publications/${longDocument.slug}`]) {
    test(`shows the page heading on the first screen: ${path}`, async ({ page }) => {
      await page.goto(path)
      const box = await page.locator('h1').boundingBox()
      expect(box).not.toBeNull()
      expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(PHONE.height)
    })
  }

  // The header's name and folds are each language's own words: the longest
  // (French) once ran 7 px past a 390 px screen.
  for (const locale of locales) {
    test(`nothing scrolls sideways at 360 px: /${locale}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(`/${locale}`)
      const { scrollWidth, viewport } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }))
      expect(scrollWidth).toBeLessThanOrEqual(viewport)
    })
  }

  test('the working-groups list starts within the first two screens', async ({ page }) => {
    await page.goto('/en/working-groups')
    const first = await page.locator(`main a[href="/en/working-groups/${group.slug}"]`).first().boundingBox()
    expect(first).not.toBeNull()
    expect(first!.y).toBeLessThan(2 * PHONE.height)
  })

  test('closes the menu after a link in it is chosen', async ({ page }) => {
    const t = messages('en')
    await page.goto('/en')
    await page.getByText(t.nav.menu, { exact: true }).click()
    const nav = page.getByRole('navigation', { name: t.nav.label })
    await expect(nav).toBeVisible()
    const target = navPages[1]!
    const label = (target.data.nav as { label: string }).label
    await nav.getByRole('link', { name: label, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/en/${target.slug}$`))
    await expect(nav).toBeHidden()
  })

  test('opens the menu, languages and search without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
    const page = await context.newPage()
    const t = messages('en')
    await page.goto('/en')
    await page.getByText(t.nav.menu, { exact: true }).click()
    await expect(page.getByRole('navigation', { name: t.nav.label })).toBeVisible()
    await context.close()
  })
})

test.describe('where you are', () => {
  test.use({ viewport: DESKTOP })

  test('the main navigation marks the page and its section', async ({ page }) => {
    const t = messages('en')
    const nav = page.getByRole('navigation', { name: t.nav.label })
    await page.goto('/en/working-groups')
    await expect(nav.locator('a[href="/en/working-groups"]')).toHaveAttribute('aria-current', 'page')
    await page.goto(`/en/working-groups/${group.slug}`)
    await expect(nav.locator('a[href="/en/working-groups"]')).toHaveAttribute('aria-current', 'true')
    await expect(nav.locator('a[aria-current]')).toHaveCount(1)
  })

  for (const locale of locales) {
    test(`the desktop navigation stays on one row in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`)
      const tops = await page
        .getByRole('navigation', { name: messages(locale).nav.label })
        .locator('a')
        .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)))
      expect(tops.length).toBeGreaterThan(0)
      expect(new Set(tops).size).toBe(1)
    })
  }

  test('pages below a section have breadcrumbs back to it', async ({ page }) => {
    const t = messages('ar')
    for (const [path, section] of [
      [`/ar/working-groups/${group.slug}`, '/ar/working-groups'],
      [`/ar/publications/${longDocument.slug}`, '/ar/publications'],
      ['/ar/working-groups/filter/all/all', '/ar/working-groups'],
    ]) {
      await page.goto(path!)
      const crumbs = page.getByRole('navigation', { name: t.nav.breadcrumbs })
      await expect(crumbs.locator('a[href="/ar"]')).toHaveCount(1)
      await expect(crumbs.locator(`a[href="${section}"]`)).toHaveCount(1)
      await expect(crumbs.locator('[aria-current="page"]')).toHaveCount(1)
    }
  })
})

test.describe('long documents and wide tables', () => {
  test('a long document lists its sections and links back to the top', async ({ page }) => {
    const t = messages('en')
    await page.goto(`/en/publications/${longDocument.slug}`)
    const toc = page.getByRole('navigation', { name: t.page.toc })
    const links = toc.locator('a')
    expect(await links.count()).toBeGreaterThanOrEqual(3)
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`main [id="${href.slice(1)}"]`)).toHaveCount(1)
    }
    await page.getByRole('link', { name: t.page.backToTop }).click()
    await expect(page).toHaveURL(/#main$/)
  })

  test('a wide table on a phone has a caption, scrolls, and keeps its first column in view', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    await page.goto(`/en/publications/${longDocument.slug}`)
    const table = page.locator('main table').first()
    await expect(table.locator('caption')).not.toBeEmpty()
    const { scrolls, sticky } = await table.evaluate((t) => ({
      scrolls: t.scrollWidth > t.clientWidth && getComputedStyle(t).overflowX === 'auto',
      sticky: getComputedStyle(t.querySelector('td')!).position,
    }))
    expect(scrolls).toBe(true)
    expect(sticky).toBe('sticky')
    await context.close()
  })

  test("the translated byline of an English-only document is in the page's language", async ({ page }) => {
    await page.goto(`/ar/publications/${translatedByline.slug}`)
    const byline = page.locator('main header p').first()
    await expect(byline).toContainText(String(translatedByline.data.author))
    expect(await byline.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('ar')
  })

  test('the byline of an English document inside Arabic is marked English', async ({ page }) => {
    await page.goto(`/ar/publications/${longDocument.slug}`)
    const byline = page.locator('main header p').first()
    await expect(byline).toHaveAttribute('lang', 'en')
    await expect(byline).toHaveAttribute('dir', 'ltr')
  })
})

test.describe('language switching and small things', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`switching language keeps the search query (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto('/en/search?q=fixture')
      await page
        .getByRole('navigation', { name: messages('en').language.label })
        .getByRole('link', { name: '中文' })
        .click()
      await expect(page).toHaveURL(/\/zh\/search\?q=fixture$/)
      await expect(page.locator('#search-query')).toHaveValue('fixture')
      await context.close()
    })
  }

  test('eligibility with nothing ticked asks for an answer instead of judging', async ({ page }) => {
    const t = messages('en')
    await page.goto('/en/membership/eligibility')
    await expect(page.getByText(t.eligibility.emptyPrompt)).toBeVisible()
    await expect(page.getByText(t.eligibility.notEligibleHeading)).toHaveCount(0)
  })

  for (const locale of ['zh', 'fr']) {
    test(`labels end with the language's own colon in ${locale}`, async ({ page }) => {
      const t = messages(locale)
      await page.goto(`/${locale}/working-groups`)
      await expect(page.locator('main').getByText(`${t.workingGroups.topicsLabel}${t.punctuation.colon}`).first()).toBeVisible()
    })
  }

  for (const locale of ['en', 'ar'] as const) {
    test(`a working group's date says when it is an estimate, in ${locale}`, async ({ page }) => {
      const t = createTranslator({ locale, messages: messages(locale) })
      const shown = (g: typeof estimatedGroup, key: 'asOf' | 'asOfEstimated') => {
        const { asOf } = statusOf(g)
        const precision = (['year', 'month', 'day'] as const)[asOf.split('-').length - 1]!
        return t(`workingGroups.${key}`, { date: formatPartialDate(locale, asOf), precision })
      }
      await page.goto(`/${locale}/working-groups/${estimatedGroup.slug}`)
      await expect(page.locator('main')).toContainText(shown(estimatedGroup, 'asOfEstimated'))
      await page.goto(`/${locale}/working-groups/${datedGroup.slug}`)
      await expect(page.locator('main')).toContainText(shown(datedGroup, 'asOf'))
      await expect(page.locator('main')).not.toContainText(shown(datedGroup, 'asOfEstimated'))
    })
  }

  test('the site has an icon at /favicon.ico', async ({ request }) => {
    const answer = await request.get('/favicon.ico')
    expect(answer.status()).toBe(200)
    expect(answer.headers()['content-type']).toMatch(/image\//)
  })
})
