// Every page the crawl finds, in every language: status, language and
// direction, one h1, hreflang/canonical, axe (WCAG 2.2 AA), no console or
// network errors, content without JavaScript, and a visible skip link.
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser'
import { crawlAll, eachLimit, locales, type CrawledPage, type Locale } from './crawl'

const baseUrl = inject('baseUrl')
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const MIN_PAGES_PER_LOCALE = 10
const MIN_MAIN_TEXT = 200 // characters of text in <main> without JavaScript
const WORKERS = Number(process.env.E2E_WORKERS ?? 2) // pages checked at once

let browser: Browser
let jsContext: BrowserContext
let noJsContext: BrowserContext
let crawled: Record<Locale, CrawledPage[]>

beforeAll(async () => {
  ;[browser, crawled] = await Promise.all([launchBrowser(), crawlAll(baseUrl)])
  jsContext = await browser.newContext()
  noJsContext = await browser.newContext({ javaScriptEnabled: false })
})

afterAll(async () => {
  await browser?.close()
})

interface HeadInfo {
  lang: string | null
  dir: string | null
  h1: number
  alternates: { hreflang: string; href: string }[]
  canonicals: string[]
  mainTarget: boolean
}

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

function checkHead(locale: Locale, path: string, head: HeadInfo): string[] {
  const problems: string[] = []
  const expectedDir = locale === 'ar' ? 'rtl' : 'ltr'
  if (head.lang !== locale) problems.push(`<html lang="${head.lang}">, expected "${locale}"`)
  if (head.dir !== expectedDir) problems.push(`<html dir="${head.dir}">, expected "${expectedDir}"`)
  if (head.h1 !== 1) problems.push(`${head.h1} <h1> elements, expected exactly 1`)
  if (!head.mainTarget) problems.push('no <main id="main"> for the skip link')

  // /{locale}/rest -> the same rest in each language; x-default is English.
  const rest = path.slice(locale.length + 1)
  const expected = new Map<string, string>(locales.map((l) => [l, `/${l}${rest}`]))
  expected.set('x-default', `/en${rest}`)
  const seen = new Map<string, string[]>()
  for (const { hreflang, href } of head.alternates) seen.set(hreflang, [...(seen.get(hreflang) ?? []), href])
  for (const [hreflang, hrefs] of seen) {
    if (!expected.has(hreflang)) problems.push(`unexpected hreflang="${hreflang}" (${hrefs.join(', ')})`)
    else if (hrefs.length > 1) problems.push(`hreflang="${hreflang}" appears ${hrefs.length} times`)
  }
  for (const [hreflang, want] of expected) {
    const hrefs = seen.get(hreflang)
    if (!hrefs) {
      problems.push(`missing <link rel="alternate" hreflang="${hreflang}"> (expected ${want})`)
      continue
    }
    for (const href of hrefs) {
      if (new URL(href).pathname !== want) problems.push(`hreflang="${hreflang}" points to ${href}, expected path ${want}`)
    }
  }
  if (head.canonicals.length !== 1) problems.push(`${head.canonicals.length} <link rel="canonical">, expected 1`)
  for (const href of head.canonicals) {
    if (new URL(href).pathname !== path) problems.push(`canonical points to ${href}, expected path ${path}`)
  }
  return problems
}

async function withPage<T>(context: BrowserContext, fn: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage()
  try {
    return await fn(page)
  } finally {
    await page.close()
  }
}

async function checkWithJs(locale: Locale, target: CrawledPage): Promise<string[]> {
  return withPage(jsContext, async (page) => {
    const problems: string[] = []
    let listening = true
    const note = (message: string) => listening && problems.push(message)
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return
      const source = msg.location().url || 'inline'
      // Chromium asks for /favicon.ico once per browser context, so this
      // shows on whichever page of the language happens to load first.
      const favicon = new URL(source, target.url).pathname === '/favicon.ico' ? ' [automatic favicon request, reported once]' : ''
      note(`console error: ${msg.text()} (${source})${favicon}`)
    })
    page.on('pageerror', (error) => note(`uncaught exception: ${error.message}`))
    page.on('requestfailed', (req) => note(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`))
    page.on('response', (res) => {
      if (res.status() >= 400 && res.url() !== target.url) note(`HTTP ${res.status()} for ${res.request().method()} ${res.url()}`)
    })

    const response = await page.goto(target.url, { waitUntil: 'load' })
    if (response?.status() !== 200) problems.push(`HTTP ${response?.status()} (linked from ${target.linkedFrom.join(', ') || 'start'})`)
    // Hydration, prefetches and late requests settle before checking.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => problems.push('network never went idle'))

    problems.push(...checkHead(locale, target.path, await page.evaluate(readHead)))

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
    listening = false
    return problems
  })
}

async function checkWithoutJs(target: CrawledPage): Promise<string[]> {
  return withPage(noJsContext, async (page) => {
    const problems: string[] = []
    const response = await page.goto(target.url, { waitUntil: 'load' })
    if (response?.status() !== 200) problems.push(`without JS: HTTP ${response?.status()}`)
    const { mainText, h1 } = await page.evaluate(() => ({
      mainText: (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' ').trim().length,
      h1: [...document.querySelectorAll('h1')].filter((h) => (h.textContent ?? '').trim()).length,
    }))
    if (mainText < MIN_MAIN_TEXT) problems.push(`without JS: <main> has only ${mainText} characters of text`)
    if (h1 !== 1) problems.push(`without JS: ${h1} non-empty <h1> elements, expected 1`)
    return problems
  })
}

async function checkPage(locale: Locale, target: CrawledPage): Promise<string[]> {
  const run = async (label: string, fn: () => Promise<string[]>) => {
    try {
      return await fn()
    } catch (error) {
      return [`${label} check crashed: ${(error as Error).message.split('\n')[0]}`]
    }
  }
  const problems = [...(await run('browser', () => checkWithJs(locale, target))), ...(await run('no-JS', () => checkWithoutJs(target)))]
  return problems.map((p) => `${target.path}: ${p}`)
}

describe.each(locales)('pages in %s', (locale) => {
  it(`the crawl from /${locale} finds at least ${MIN_PAGES_PER_LOCALE} pages`, () => {
    const pages = crawled[locale]
    expect(pages.filter((p) => p.status === 200).length, pages.map((p) => `${p.path} ${p.status}`).join('\n')).toBeGreaterThanOrEqual(
      MIN_PAGES_PER_LOCALE,
    )
  })

  it('every page passes the checks', { timeout: 600_000 }, async () => {
    const problems: string[] = []
    // A crawled link that does not answer 200 is a broken link; files
    // (PDF, feeds) that do answer 200 need no browser checks.
    for (const p of crawled[locale]) {
      if (p.status !== 200) problems.push(`${p.path}: HTTP ${p.status}, linked from ${p.linkedFrom.join(', ')}`)
    }
    const pages = crawled[locale].filter((p) => p.status === 200 && p.contentType.includes('text/html'))
    await eachLimit(pages, WORKERS, async (target) => {
      problems.push(...(await checkPage(locale, target)))
    })
    problems.sort()
    expect(problems, `${problems.length} problem(s) in /${locale}:\n${problems.join('\n')}`).toEqual([])
  })
})
