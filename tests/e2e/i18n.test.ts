// Languages: the switcher, English fallbacks, localized 404s and the
// redirects of paths without a language.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser'
import { eachLimit, localeLinks, locales } from './crawl'

const baseUrl = inject('baseUrl')
const url = (path: string) => new URL(path, baseUrl).href

let browser: Browser
let jsContext: BrowserContext
let noJsContext: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  jsContext = await browser.newContext()
  noJsContext = await browser.newContext({ javaScriptEnabled: false })
})

afterAll(async () => {
  await browser?.close()
})

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(url(path), { waitUntil: 'load' })
  if (response?.status() !== 200) {
    await page.close()
    throw new Error(`GET ${path} answered HTTP ${response?.status()}, expected 200`)
  }
  return page
}

async function linksOn(path: string, locale: string): Promise<string[]> {
  const res = await fetch(url(path))
  const html = await res.text()
  if (res.status !== 200) throw new Error(`GET ${path} answered HTTP ${res.status}, expected 200`)
  return localeLinks(html, url(path), locale).map((l) => new URL(l).pathname)
}

// The language switcher: the <nav> whose links carry hreflang.
const switcher = (page: Page) => page.locator('nav').filter({ has: page.locator('a[hreflang]') })

async function switchTo(context: BrowserContext, from: string, linkText: string, to: string, lang: string) {
  const page = await open(context, from)
  try {
    expect(await switcher(page).count(), `language switchers on ${from}`).toBe(1)
    await Promise.all([
      page.waitForURL((u) => u.pathname === to, { waitUntil: 'load' }),
      switcher(page).getByRole('link', { name: linkText, exact: true }).click(),
    ])
    expect(new URL(page.url()).pathname).toBe(to)
    expect(await page.locator('html').getAttribute('lang')).toBe(lang)
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')
    // Choosing a language is remembered for the next language-less visit.
    const saved = (await context.cookies(url('/'))).find((c) => c.name === 'NEXT_LOCALE')
    expect(saved?.value, 'NEXT_LOCALE cookie after switching').toBe(lang)
    const next = await page.goto(url('/working-groups'), { waitUntil: 'load' })
    expect(new URL(next!.url()).pathname).toBe(`/${lang}/working-groups`)
  } finally {
    await page.close()
  }
}

describe('language switcher', () => {
  it('on /en/structure, 中文 leads to /zh/structure', async () => {
    await switchTo(jsContext, '/en/structure', '中文', '/zh/structure', 'zh')
  })

  it('works without JavaScript (plain links)', async () => {
    await switchTo(noJsContext, '/en/structure', '中文', '/zh/structure', 'zh')
  })

  it('on /ar/working-groups, English leads to /en/working-groups', async () => {
    await switchTo(jsContext, '/ar/working-groups', 'English', '/en/working-groups', 'en')
  })

  it('links every language to the same page, marking the current one', async () => {
    // Home, a content page and a detail page of each kind, in every language.
    const wg = (await linksOn('/en/working-groups', 'en')).find((p) => p.startsWith('/en/working-groups/') && !p.includes('/filter/'))
    const pub = (await linksOn('/en/publications', 'en')).find((p) => p.startsWith('/en/publications/'))
    expect(wg, 'a working group linked from /en/working-groups').toBeDefined()
    expect(pub, 'a publication linked from /en/publications').toBeDefined()
    const rests = ['', '/structure', wg!.slice(3), pub!.slice(3)]

    const problems: string[] = []
    const targets = locales.flatMap((locale) => rests.map((rest) => ({ locale, rest })))
    await eachLimit(targets, 3, async ({ locale, rest }) => {
      const path = `/${locale}${rest}`
      const page = await open(jsContext, path)
      try {
        // Hydrated links: the switcher is a client component.
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
        const navs = await switcher(page).count()
        if (navs !== 1) {
          problems.push(`${path}: ${navs} navs with hreflang links, expected 1`)
          return
        }
        const links = await switcher(page)
          .locator('a')
          .evaluateAll((as) =>
            as.map((a) => ({
              href: a.getAttribute('href') ?? '',
              hreflang: a.getAttribute('hreflang'),
              lang: a.getAttribute('lang'),
              current: a.getAttribute('aria-current'),
              inList: a.closest('li') !== null && a.closest('ul, ol') !== null,
            })),
          )
        const hreflangs = links.map((l) => l.hreflang)
        if (JSON.stringify(hreflangs) !== JSON.stringify([...locales])) {
          problems.push(`${path}: switcher links are ${JSON.stringify(hreflangs)}, expected one per language ${JSON.stringify(locales)}`)
        }
        for (const link of links) {
          // Through the switch route, which remembers the choice and redirects.
          const want = `/language/${link.hreflang}?from=${encodeURIComponent(path)}`
          const url = new URL(link.href, page.url())
          const got = url.pathname + url.search
          if (got !== want) problems.push(`${path}: switcher link hreflang=${link.hreflang} points to ${link.href}, expected ${want}`)
          if (link.lang !== link.hreflang) problems.push(`${path}: switcher link hreflang=${link.hreflang} has lang=${link.lang}`)
          if (!link.inList) problems.push(`${path}: switcher link ${link.hreflang} is not in a list`)
        }
        const current = links.filter((l) => l.current === 'true').map((l) => l.hreflang)
        if (JSON.stringify(current) !== JSON.stringify([locale])) {
          problems.push(`${path}: aria-current="true" on ${JSON.stringify(current)}, expected exactly ["${locale}"]`)
        }
      } finally {
        await page.close()
      }
    })
    problems.sort()
    expect(problems, problems.join('\n')).toEqual([])
  })
})

describe('English fallback', () => {
  it('an untranslated publication in French shows the notice and marks the text as English', async () => {
    const publication = (await linksOn('/fr/publications', 'fr')).find((p) => p.startsWith('/fr/publications/'))
    expect(publication, 'a publication linked from /fr/publications').toBeDefined()

    const page = await open(jsContext, publication!)
    try {
      const notice = page.locator('main [role="note"]')
      await expect(notice.count()).resolves.toBe(1)
      expect(await notice.isVisible()).toBe(true)
      expect((await notice.innerText()).trim().length).toBeGreaterThan(10)
      // The English text (heading and body) is marked lang="en"; the notice
      // itself is in French, so not inside it.
      const article = await page.evaluate(() => {
        const main = document.querySelector('main')!
        const h1 = main.querySelector('h1')
        const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? null
        const english = [...main.querySelectorAll('[lang="en"]')].map((el) => (el as HTMLElement).innerText.trim().length)
        return {
          h1Lang: langOf(h1),
          noteLang: langOf(main.querySelector('[role="note"]')),
          longestEnglish: Math.max(0, ...english),
        }
      })
      expect(article.h1Lang, 'lang of the publication title').toBe('en')
      expect(article.longestEnglish, 'characters of article text inside a lang="en" element').toBeGreaterThan(200)
      expect(article.noteLang, 'lang of the notice').toBe('fr')
    } finally {
      await page.close()
    }
  })

  it('a translated page (/fr/about) shows no notice', async () => {
    const page = await open(jsContext, '/fr/about')
    try {
      expect(await page.locator('[role="note"]').count()).toBe(0)
    } finally {
      await page.close()
    }
  })
})

describe('unknown pages', () => {
  for (const [path, lang] of [
    ['/en/no-such-page', 'en'],
    ['/ar/no/such/page', 'ar'],
  ] as const) {
    it(`${path} answers 404 with a localized page`, async () => {
      const res = await fetch(url(path), { redirect: 'manual' })
      const html = await res.text()
      expect(res.status).toBe(404)
      // Nothing of the server's internals leaks into the page.
      const root = process.cwd()
      for (const leak of [root, 'node_modules', 'webpack-internal', '.next/server', /\bat [\w.<>]+ \(.*:\d+:\d+\)/, /Error: .*\n\s+at /]) {
        const found = typeof leak === 'string' ? html.includes(leak) : leak.test(html)
        expect(found, `the 404 HTML contains ${leak}`).toBe(false)
      }

      const page = await jsContext.newPage()
      try {
        const response = await page.goto(url(path), { waitUntil: 'load' })
        expect(response?.status()).toBe(404)
        expect(await page.locator('html').getAttribute('lang')).toBe(lang)
        expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')
        expect(await page.locator('h1').count()).toBe(1)
        expect(await page.locator('main#main').count()).toBe(1)
        const text = await page.locator('body').innerText()
        expect(text).not.toMatch(/\bat \S+ \(|\.(tsx?|jsx?|mjs):\d+|\/work\/|node_modules|stack trace/i)
      } finally {
        await page.close()
      }
    })
  }
})

describe('paths without a language', () => {
  const localeAlternation = locales.join('|')

  async function redirectOf(path: string, headers: Record<string, string> = {}) {
    const res = await fetch(url(path), { redirect: 'manual', headers })
    await res.arrayBuffer()
    const location = res.headers.get('location')
    return { status: res.status, path: location ? new URL(location, url(path)).pathname : null }
  }

  it('/ redirects to a language', async () => {
    const { status, path } = await redirectOf('/')
    expect(status).toBeGreaterThanOrEqual(300)
    expect(status).toBeLessThan(400)
    expect(path).toMatch(new RegExp(`^/(${localeAlternation})$`))
  })

  it('/working-groups redirects to /<locale>/working-groups', async () => {
    const { status, path } = await redirectOf('/working-groups')
    expect(status).toBeGreaterThanOrEqual(300)
    expect(status).toBeLessThan(400)
    expect(path).toMatch(new RegExp(`^/(${localeAlternation})/working-groups$`))
  })

  it('follows Accept-Language (ar-EG → /ar)', async () => {
    const { status, path } = await redirectOf('/', { 'accept-language': 'ar-EG,ar;q=0.9' })
    expect(status).toBeGreaterThanOrEqual(300)
    expect(status).toBeLessThan(400)
    expect(path).toBe('/ar')
  })

  it('follows Accept-Language (zh-CN → /zh)', async () => {
    const { status, path } = await redirectOf('/', { 'accept-language': 'zh-CN' })
    expect(status).toBeGreaterThanOrEqual(300)
    expect(status).toBeLessThan(400)
    expect(path).toBe('/zh')
  })

  it('prefers the NEXT_LOCALE cookie over Accept-Language', async () => {
    const { status, path } = await redirectOf('/', { 'accept-language': 'ar', cookie: 'NEXT_LOCALE=fr' })
    expect(status).toBeGreaterThanOrEqual(300)
    expect(status).toBeLessThan(400)
    expect(path).toBe('/fr')
  })
})
