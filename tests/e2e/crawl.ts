// A cheap check of every page: fetch each path of the route list in a
// language, and every internal link found on the way, and read the HTML
// (node-html-parser) for the things that need no browser.
import { parse, type HTMLElement } from 'node-html-parser'
import { locales, type Locale } from '../../lib/i18n/config'
import { localePath } from './site'

export { locales, type Locale }

export interface CrawledPage {
  url: string // absolute, no query or hash
  path: string
  status: number
  contentType: string
  // Pages whose links pointed here (first few), to trace broken links.
  linkedFrom: string[]
  // What the HTML checks found wrong.
  problems: string[]
}

export interface HeadInfo {
  lang: string | null
  dir: string | null
  h1: number
  alternates: { hreflang: string; href: string }[]
  canonicals: string[]
  mainTarget: boolean
}

export function readHead(doc: HTMLElement, pageUrl: string): HeadInfo {
  const html = doc.querySelector('html')
  return {
    lang: html?.getAttribute('lang') ?? null,
    dir: html?.getAttribute('dir') ?? null,
    h1: doc.querySelectorAll('h1').length,
    alternates: doc.querySelectorAll('head link[rel="alternate"][hreflang]').map((l) => ({
      hreflang: l.getAttribute('hreflang') ?? '',
      href: new URL(l.getAttribute('href') ?? '', pageUrl).href,
    })),
    canonicals: doc.querySelectorAll('link[rel="canonical"]').map((l) => new URL(l.getAttribute('href') ?? '', pageUrl).href),
    mainTarget: doc.querySelector('main#main') !== null,
  }
}

export function checkLanguage(locale: Locale, head: Pick<HeadInfo, 'lang' | 'dir' | 'h1' | 'mainTarget'>): string[] {
  const problems: string[] = []
  const expectedDir = locale === 'ar' ? 'rtl' : 'ltr'
  if (head.lang !== locale) problems.push(`<html lang="${head.lang}">, expected "${locale}"`)
  if (head.dir !== expectedDir) problems.push(`<html dir="${head.dir}">, expected "${expectedDir}"`)
  if (head.h1 !== 1) problems.push(`${head.h1} <h1> elements, expected exactly 1`)
  if (!head.mainTarget) problems.push('no <main id="main"> for the skip link')
  return problems
}

export function checkHead(locale: Locale, path: string, head: HeadInfo): string[] {
  const problems = checkLanguage(locale, head)
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

export function inLocale(pathname: string, locale: string): boolean {
  return pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)
}

// Same-origin links under /{locale}, as absolute URLs without query or hash.
export function localeLinks(doc: HTMLElement, pageUrl: string, locale: string): string[] {
  const origin = new URL(pageUrl).origin
  const found = new Set<string>()
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? ''
    if (!href || /^(mailto|tel|javascript|data):/i.test(href)) continue
    let url: URL
    try {
      url = new URL(href, pageUrl)
    } catch {
      continue
    }
    if (url.origin !== origin || !inLocale(url.pathname, locale)) continue
    url.hash = ''
    url.search = ''
    found.add(url.href)
  }
  return [...found]
}

// Fetches every route (paths without the language) in `locale` and every
// internal link found on the way; HTML pages get the head checks (pages
// rendered for one visitor, like search, only the language ones).
export async function crawlLocale(
  baseUrl: string,
  locale: Locale,
  routes: readonly string[],
  { concurrency = 6, max = 5000, perVisitor = [] as readonly string[] } = {},
): Promise<CrawledPage[]> {
  const perVisitorPaths = new Set(perVisitor.map((route) => localePath(locale, route)))
  const pages = new Map<string, CrawledPage>()
  const queue: string[] = []
  const add = (url: string, from?: string) => {
    const known = pages.get(url)
    if (known) {
      if (from && known.linkedFrom.length < 3 && !known.linkedFrom.includes(from)) known.linkedFrom.push(from)
      return
    }
    if (pages.size >= max) throw new Error(`crawl of /${locale} found more than ${max} pages`)
    pages.set(url, { url, path: new URL(url).pathname, status: 0, contentType: '', linkedFrom: from ? [from] : [], problems: [] })
    queue.push(url)
  }
  for (const route of routes) add(new URL(localePath(locale, route), baseUrl).href)

  async function visit(url: string) {
    const page = pages.get(url)!
    // No redirect following: an internal link that redirects is reported.
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
    page.status = res.status
    page.contentType = res.headers.get('content-type') ?? ''
    if (res.status !== 200 || !page.contentType.includes('text/html')) {
      await res.arrayBuffer()
      return
    }
    const doc = parse(await res.text())
    const head = readHead(doc, url)
    page.problems.push(...(perVisitorPaths.has(page.path) ? checkLanguage(locale, head) : checkHead(locale, page.path, head)))
    for (const link of localeLinks(doc, url, locale)) add(link, page.path)
  }

  const running = new Set<Promise<void>>()
  while (queue.length || running.size) {
    while (queue.length && running.size < concurrency) {
      const p: Promise<void> = visit(queue.shift()!).finally(() => running.delete(p))
      running.add(p)
    }
    await Promise.race(running)
  }
  return [...pages.values()].sort((a, b) => a.path.localeCompare(b.path))
}
