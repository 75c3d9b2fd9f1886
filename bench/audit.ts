// Lighthouse (mobile defaults) in Debian's Chromium, one page at a time.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

export interface Audit {
  scores: Record<Category, number>
  lcpMs: number
  fcpMs: number
  tbtMs: number
  // Bytes over the wire: everything, and the document plus its stylesheets.
  transferBytes: number
  htmlCssBytes: number
  // Audits that cost points, per category, to say why a score is low.
  lost: Record<Category, string[]>
}

export async function withChrome<T>(fn: (audit: (url: string) => Promise<Audit>) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  })
  const run = async (url: string) =>
    (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }))!.lhr
  try {
    return await fn(async (url) => {
      // Now and then the trace of a run is unusable (NO_NAVSTART): one retry.
      let lhr = await run(url)
      if (lhr.runtimeError) lhr = await run(url)
      if (lhr.runtimeError) throw new Error(`${url}: Lighthouse could not audit it: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
      const score = (c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100)
      const lost = (c: Category) =>
        Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[c]!.auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id)
      const requests =
        (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []
      const transfer = (types: string[]) =>
        requests
          .filter((r) => types.length === 0 || types.includes(r.resourceType ?? ''))
          .reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
      return {
        transferBytes: transfer([]),
        htmlCssBytes: transfer(['Document', 'Stylesheet']),
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>,
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']!.numericValue!),
        fcpMs: Math.round(lhr.audits['first-contentful-paint']!.numericValue!),
        tbtMs: Math.round(lhr.audits['total-blocking-time']!.numericValue!),
        lost: Object.fromEntries(CATEGORIES.map((c) => [c, lost(c)])) as Record<Category, string[]>,
      }
    })
  } finally {
    chrome.kill()
  }
}
