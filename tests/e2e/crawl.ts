// Finds the site's pages by following links, so new content is covered
// without listing pages by hand. Plain fetch + href extraction: no browser.
import { locales, type Locale } from '../../lib/i18n/config'

export { locales, type Locale }

export interface CrawledPage {
  url: string // absolute, no query or hash
  path: string
  status: number
  contentType: string
  // Pages whose links pointed here (first few), to trace broken links.
  linkedFrom: string[]
}

const HREF = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi

export function extractHrefs(html: string): string[] {
  const out: string[] = []
  for (const m of html.matchAll(HREF)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? ''
    out.push(raw.replace(/&amp;/g, '&'))
  }
  return out
}

export function inLocale(pathname: string, locale: string): boolean {
  return pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)
}

// Same-origin links under /{locale}, as absolute URLs without query or hash.
export function localeLinks(html: string, pageUrl: string, locale: string): string[] {
  const origin = new URL(pageUrl).origin
  const found = new Set<string>()
  for (const href of extractHrefs(html)) {
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

export async function crawlLocale(baseUrl: string, locale: string, { concurrency = 6, max = 1000 } = {}): Promise<CrawledPage[]> {
  const start = new URL(`/${locale}`, baseUrl).href
  const pages = new Map<string, CrawledPage>()
  const queue: string[] = [start]
  pages.set(start, { url: start, path: `/${locale}`, status: 0, contentType: '', linkedFrom: [] })

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
    const html = await res.text()
    for (const link of localeLinks(html, url, locale)) {
      const known = pages.get(link)
      if (known) {
        if (known.linkedFrom.length < 3 && !known.linkedFrom.includes(page.path)) known.linkedFrom.push(page.path)
        continue
      }
      if (pages.size >= max) throw new Error(`crawl of /${locale} found more than ${max} pages`)
      pages.set(link, { url: link, path: new URL(link).pathname, status: 0, contentType: '', linkedFrom: [page.path] })
      queue.push(link)
    }
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

export async function crawlAll(baseUrl: string): Promise<Record<Locale, CrawledPage[]>> {
  const entries = await Promise.all(locales.map(async (l) => [l, await crawlLocale(baseUrl, l)] as const))
  return Object.fromEntries(entries) as Record<Locale, CrawledPage[]>
}

// Runs fn over items with at most `limit` at a time.
export async function eachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(limit, queue.length)) }, async () => {
      while (queue.length) await fn(queue.shift()!)
    }),
  )
}
