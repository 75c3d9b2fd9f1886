// One page of every template, and every page with its own markdown file, in
// every language, in a real browser: axe (WCAG 2.2 AA), no console or
// network errors, a visible skip link on the first Tab, and the content
// readable without JavaScript. (crawl.spec.ts checks every other page over
// HTTP: they are the same templates with other data.)
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { checkHead, checkLanguage, locales, type HeadInfo, type Locale } from './crawl'
import { localePath, SITE_CONTENT, searchWithResults, templatePages, type TemplatePage } from './site'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const MIN_MAIN_TEXT = 200 // characters of text in <main> without JavaScript, on pages from markdown
// Pages rendered on request for one visitor: no alternates or canonical to check.
const PER_REQUEST = new Set(['eligibility-answer', 'search-results', 'search-empty', 'not-found'])

const targets = templatePages(SITE_CONTENT)

function readHead(): HeadInfo {
  return {
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    h1: document.querySelectorAll('h1').length,
    alternates: [...document.querySelectorAll<HTMLLinkElement>('head link[rel="alternate"][hreflang]')].map((l) => ({
      hreflang: l.getAttribute('hreflang') ?? '',
      href: l.href,
    })),
    canonicals: [...document.querySelectorAll<HTMLLinkElement>('link[rel="canonical"]')].map((l) => l.href),
    mainTarget: document.querySelector('main#main') !== null,
  }
}

async function checkWithJs(page: Page, locale: Locale, target: TemplatePage, url: string): Promise<string[]> {
  const problems: string[] = []
  const expectedStatus = target.template === 'not-found' ? 404 : 200
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    const source = msg.location().url || 'inline'
    // The 404 page's own status shows as a console error; it is the point.
    if (expectedStatus === 404 && source === url) return
    const favicon = new URL(source, url).pathname === '/favicon.ico' ? ' [automatic favicon request]' : ''
    problems.push(`console error: ${msg.text()} (${source})${favicon}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`))
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`))
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url() !== url) problems.push(`HTTP ${res.status()} for ${res.request().method()} ${res.url()}`)
  })

  const response = await page.goto(url, { waitUntil: 'load' })
  if (response?.status() !== expectedStatus) problems.push(`HTTP ${response?.status()}, expected ${expectedStatus}`)

  const head = await page.evaluate(readHead)
  const path = new URL(url).pathname
  problems.push(...(PER_REQUEST.has(target.template) ? checkLanguage(locale, head) : checkHead(locale, path, head)))

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  for (const v of axe.violations) {
    for (const node of v.nodes.slice(0, 5)) {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim()
      problems.push(`axe ${v.id} (${v.impact}): ${v.help} | target: ${node.target.join(' ')} | ${summary}`)
    }
    if (v.nodes.length > 5) problems.push(`axe ${v.id}: … and ${v.nodes.length - 5} more elements`)
  }

  // Keyboard: the first Tab lands on a visible skip link to #main.
  await page.keyboard.press('Tab')
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const rect = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    // A colour counts if it is not fully transparent (rgb(), rgba(), oklch(… / a), …).
    const opaque = (colors: string) =>
      [...colors.matchAll(/[a-z]+\(([^()]*)\)/gi)].some(([, args = '']) => {
        const slash = args.split('/')
        const alpha = slash.length > 1 ? slash[1]! : args.split(',').length === 4 ? args.split(',')[3]! : '1'
        return parseFloat(alpha) * (alpha.trim().endsWith('%') ? 0.01 : 1) > 0
      })
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().slice(0, 60),
      width: rect.width,
      height: rect.height,
      inViewport: rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && opaque(style.outlineColor),
      boxShadow: style.boxShadow !== 'none' && opaque(style.boxShadow),
    }
  })
  if (!focus) problems.push('first Tab focused nothing')
  else if (focus.tag !== 'a' || focus.href !== '#main') {
    problems.push(`first Tab focused <${focus.tag} href="${focus.href}"> "${focus.text}", expected the skip link (a[href="#main"])`)
  } else {
    if (!(focus.width > 0 && focus.height > 0) || !focus.inViewport) {
      problems.push(`focused skip link is not visible (${focus.width}×${focus.height}, in viewport: ${focus.inViewport})`)
    }
    if (!focus.outline && !focus.boxShadow) problems.push('focused skip link has neither a visible outline nor a visible box-shadow')
  }
  return problems
}

async function checkWithoutJs(page: Page, target: TemplatePage, url: string): Promise<string[]> {
  const problems: string[] = []
  const response = await page.goto(url, { waitUntil: 'load' })
  const expectedStatus = target.template === 'not-found' ? 404 : 200
  if (response?.status() !== expectedStatus) problems.push(`without JS: HTTP ${response?.status()}, expected ${expectedStatus}`)
  const { mainText, h1 } = await page.evaluate(() => ({
    mainText: (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' ').trim().length,
    h1: [...document.querySelectorAll('h1')].filter((h) => (h.textContent ?? '').trim()).length,
  }))
  const min = target.template === 'markdown' ? MIN_MAIN_TEXT : 1
  if (mainText < min) problems.push(`without JS: <main> has only ${mainText} characters of text`)
  if (h1 !== 1) problems.push(`without JS: ${h1} non-empty <h1> elements, expected 1`)
  return problems
}

for (const locale of locales) {
  for (const target of targets) {
    test(`${target.template} ${localePath(locale, target.path)}`, async ({ page, browser, baseURL }) => {
      const path =
        target.template === 'search-results' ? await searchWithResults(SITE_CONTENT, baseURL!, locale) : localePath(locale, target.path)
      const url = new URL(path, baseURL).href
      const problems = await checkWithJs(page, locale, target, url)
      const noJs = await browser.newContext({ javaScriptEnabled: false })
      try {
        problems.push(...(await checkWithoutJs(await noJs.newPage(), target, url)))
      } finally {
        await noJs.close()
      }
      expect(problems, `${problems.length} problem(s) on ${path}:\n${problems.join('\n')}`).toEqual([])
    })
  }
}
