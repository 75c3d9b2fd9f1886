// Languages, on the fixture site: the switcher, English fallbacks, localized
// 404s and the redirects of paths without a language.
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { entryPath } from '../../lib/content/load'
import { locales } from './crawl'
import { fixtureEntries } from './site'

const english = (collection: string) => fixtureEntries('en', collection)
const translated = (locale: string, collection: string) => new Set(fixtureEntries(locale, collection).map((e) => e.slug))
// A content page translated into French, and a publication that is not.
const contentPage = english('pages').find(
  (p) => p.slug !== 'index' && !p.data.lists && !p.data.eligibility && translated('fr', 'pages').has(p.slug),
)!
const englishOnly = english('publications').find((p) => !translated('fr', 'publications').has(p.slug))!
const listPage = english('pages').find((p) => p.data.lists === 'working-groups')!
const group = english('working-groups')[0]!
const pagePath = entryPath('pages', contentPage.slug)
const listPath = entryPath('pages', listPage.slug)

test('the fixture has what these tests need', () => {
  expect(contentPage, 'an English content page translated into French').toBeDefined()
  expect(englishOnly, 'a publication without a French translation').toBeDefined()
})

// The language switcher: the <nav> whose links carry hreflang.
const switcher = (page: Page) => page.locator('nav').filter({ has: page.locator('a[hreflang]') })

async function switchTo(context: BrowserContext, from: string, linkText: string, to: string, lang: string) {
  const page = await context.newPage()
  expect((await page.goto(from))?.status()).toBe(200)
  await expect(switcher(page), `language switchers on ${from}`).toHaveCount(1)
  await switcher(page).getByRole('link', { name: linkText, exact: true }).click()
  await expect(page).toHaveURL((u) => u.pathname === to)
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr')
  // Choosing a language is remembered for the next language-less visit.
  const saved = (await context.cookies(new URL(page.url()).origin)).find((c) => c.name === 'NEXT_LOCALE')
  expect(saved?.value, 'NEXT_LOCALE cookie after switching').toBe(lang)
  await page.goto(listPath)
  await expect(page).toHaveURL((u) => u.pathname === `/${lang}${listPath}`)
}

test.describe('language switcher', () => {
  test(`on /en${pagePath}, 中文 leads to /zh${pagePath}`, async ({ context }) => {
    await switchTo(context, `/en${pagePath}`, '中文', `/zh${pagePath}`, 'zh')
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('works with plain links', async ({ context }) => {
      await switchTo(context, `/en${pagePath}`, '中文', `/zh${pagePath}`, 'zh')
    })
  })

  test(`on /ar${listPath}, English leads to /en${listPath}`, async ({ context }) => {
    await switchTo(context, `/ar${listPath}`, 'English', `/en${listPath}`, 'en')
  })

  // Home, a content page and a detail page of each kind, in every language.
  for (const locale of locales) {
    test(`links every language to the same page, marking the current one, in ${locale}`, async ({ page }) => {
      for (const rest of ['', pagePath, entryPath('working-groups', group.slug), entryPath('publications', englishOnly.slug)]) {
        const path = `/${locale}${rest}`
        expect((await page.goto(path))?.status(), path).toBe(200)
        const nav = switcher(page)
        await expect(nav, path).toHaveCount(1)
        const links = nav.locator('a')
        await expect(links, path).toHaveCount(locales.length)
        for (const [i, l] of locales.entries()) {
          const link = links.nth(i)
          // Through the switch route, which remembers the choice and redirects.
          await expect(link, path).toHaveAttribute('hreflang', l)
          await expect(link, path).toHaveAttribute('lang', l)
          await expect(link, path).toHaveAttribute('href', `/language/${l}?from=${encodeURIComponent(path)}`)
          expect(await link.evaluate((a) => a.closest('li') !== null && a.closest('ul, ol') !== null), `${path}: ${l} in a list`).toBe(true)
          if (l === locale) await expect(link, path).toHaveAttribute('aria-current', 'true')
          else await expect(link, path).not.toHaveAttribute('aria-current', 'true')
        }
      }
    })
  }
})

test.describe('English fallback', () => {
  test('an untranslated publication in French shows the notice and marks the text as English', async ({ page }) => {
    expect((await page.goto(`/fr${entryPath('publications', englishOnly.slug)}`))?.status()).toBe(200)
    const notice = page.locator('main [role="note"]')
    await expect(notice).toHaveCount(1)
    await expect(notice).toBeVisible()
    expect((await notice.innerText()).trim().length).toBeGreaterThan(10)
    // The English text (heading and body) is marked lang="en"; the notice
    // itself is in French, so not inside it.
    const article = await page.evaluate(() => {
      const main = document.querySelector('main')!
      const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? null
      const english = [...main.querySelectorAll('[lang="en"]')].map((el) => (el as HTMLElement).innerText.trim().length)
      return {
        h1Lang: langOf(main.querySelector('h1')),
        noteLang: langOf(main.querySelector('[role="note"]')),
        longestEnglish: Math.max(0, ...english),
      }
    })
    expect(article.h1Lang, 'lang of the publication title').toBe('en')
    expect(article.longestEnglish, 'characters of article text inside a lang="en" element').toBeGreaterThan(200)
    expect(article.noteLang, 'lang of the notice').toBe('fr')
  })

  test(`a translated page (/fr${pagePath}) shows no notice`, async ({ page }) => {
    expect((await page.goto(`/fr${pagePath}`))?.status()).toBe(200)
    await expect(page.locator('main h1')).toHaveCount(1)
    await expect(page.locator('[role="note"]')).toHaveCount(0)
  })
})

test.describe('unknown pages', () => {
  for (const [path, lang] of [
    ['/en/no-such-page', 'en'],
    ['/ar/no/such/page', 'ar'],
  ] as const) {
    test(`${path} answers 404 with a localized page`, async ({ page, request }) => {
      const res = await request.get(path, { maxRedirects: 0 })
      const html = await res.text()
      expect(res.status()).toBe(404)
      // Nothing of the server's internals leaks into the page.
      for (const leak of [
        process.cwd(),
        'node_modules',
        'webpack-internal',
        '.next/server',
        /\bat [\w.<>]+ \(.*:\d+:\d+\)/,
        /Error: .*\n\s+at /,
      ]) {
        const found = typeof leak === 'string' ? html.includes(leak) : leak.test(html)
        expect(found, `the 404 HTML contains ${leak}`).toBe(false)
      }

      expect((await page.goto(path))?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr')
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('main#main')).toHaveCount(1)
      await expect(page.locator('body')).not.toHaveText(/\bat \S+ \(|\.(tsx?|jsx?|mjs):\d+|\/work\/|node_modules|stack trace/i)
    })
  }
})

test.describe('paths without a language', () => {
  const localeAlternation = locales.join('|')

  async function redirectOf(baseURL: string, path: string, headers: Record<string, string> = {}) {
    const res = await fetch(new URL(path, baseURL), { redirect: 'manual', headers })
    await res.arrayBuffer()
    const location = res.headers.get('location')
    expect(res.status, `${path}: a redirect`).toBeGreaterThanOrEqual(300)
    expect(res.status, `${path}: a redirect`).toBeLessThan(400)
    return location ? new URL(location, baseURL).pathname : null
  }

  test('/ redirects to a language', async ({ baseURL }) => {
    expect(await redirectOf(baseURL!, '/')).toMatch(new RegExp(`^/(${localeAlternation})$`))
  })

  test(`${listPath} redirects to /<locale>${listPath}`, async ({ baseURL }) => {
    expect(await redirectOf(baseURL!, listPath)).toMatch(new RegExp(`^/(${localeAlternation})${listPath}$`))
  })

  test('follows Accept-Language (ar-EG → /ar)', async ({ baseURL }) => {
    expect(await redirectOf(baseURL!, '/', { 'accept-language': 'ar-EG,ar;q=0.9' })).toBe('/ar')
  })

  test('follows Accept-Language (zh-CN → /zh)', async ({ baseURL }) => {
    expect(await redirectOf(baseURL!, '/', { 'accept-language': 'zh-CN' })).toBe('/zh')
  })

  test('prefers the NEXT_LOCALE cookie over Accept-Language', async ({ baseURL }) => {
    expect(await redirectOf(baseURL!, '/', { 'accept-language': 'ar', cookie: 'NEXT_LOCALE=fr' })).toBe('/fr')
  })
})
