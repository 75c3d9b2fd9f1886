// Every page of the real site in every language, over plain HTTP: each path
// of the route list and each internal link answers 200, and every HTML page
// has its language and direction, exactly one h1, a skip-link target, and
// hreflang alternates and a canonical link pointing to the right paths
// (but for search, a page for one visitor: noindex, no alternates).
import { expect, test } from '@playwright/test'
import { crawlLocale, locales } from './crawl'
import { localePath, routeList, SITE_CONTENT } from './site'

const routes = routeList(SITE_CONTENT)

for (const locale of locales) {
  test(`every page in /${locale} answers and is well-formed`, async ({ baseURL }) => {
    const pages = await crawlLocale(baseURL!, locale, routes, { perVisitor: ['/search'] })
    const problems: string[] = []
    for (const p of pages) {
      if (p.status !== 200) problems.push(`${p.path}: HTTP ${p.status}, linked from ${p.linkedFrom.join(', ') || 'the route list'}`)
      for (const problem of p.problems) problems.push(`${p.path}: ${problem}`)
    }
    const found = new Set(pages.map((p) => p.path))
    const missing = routes.filter((r) => !found.has(localePath(locale, r)))
    expect(missing, 'routes never fetched').toEqual([])
    expect(problems.sort(), `${problems.length} problem(s) in /${locale}:\n${problems.join('\n')}`).toEqual([])
    console.log(`/${locale}: ${pages.length} pages fetched`)
  })
}
