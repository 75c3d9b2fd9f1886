// Reading pages ship no JavaScript (deploy/reading-pages.cjs): every page
// of the route list but the forms and the feed, in every language, over
// plain HTTP, plus the pages that answer a query (search, eligibility) and
// the 404 page. None may hold a <script> or a script preload, and each
// refuses scripts in its CSP. The form pages keep Next's scripts for their
// progressive enhancement, and the headers that go with them.
import { expect, test } from '@playwright/test'
import { checkSite } from '../../lib/routes'
import { locales } from './crawl'
import { localePath, SITE_CONTENT, searchCandidates, templatePages } from './site'

const { reading, forms } = checkSite(SITE_CONTENT)
// The query templates (eligibility answer, search without results) and the
// 404 page, with the status each answers.
const extra = templatePages(SITE_CONTENT)
  .filter((page) => page.path.includes('?') || page.template === 'not-found')
  .map((page) => ({ route: page.path, status: page.template === 'not-found' ? 404 : 200 }))

interface Answer {
  path: string
  status: number
  csp: string
  coop: string | null
  html: string
}

async function fetchAll(baseURL: string, paths: string[]): Promise<Answer[]> {
  const answers: Answer[] = []
  const queue = [...paths]
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const response = await fetch(new URL(path, baseURL), { redirect: 'manual' })
        answers.push({
          path,
          status: response.status,
          csp: response.headers.get('content-security-policy') ?? '',
          coop: response.headers.get('cross-origin-opener-policy'),
          html: await response.text(),
        })
      }
    }),
  )
  return answers
}

for (const locale of locales) {
  test(`every reading page in /${locale} ships no JavaScript`, async ({ baseURL }) => {
    // A search with results too.
    const search = { route: `/search?q=${encodeURIComponent(searchCandidates(SITE_CONTENT, locale)[0]!)}`, status: 200 }
    const expected = new Map(
      [...reading.map((route) => ({ route, status: 200 })), ...extra, search].map(({ route, status }) => [
        localePath(locale, route),
        status,
      ]),
    )
    const paths = [...expected.keys()]
    const problems: string[] = []
    for (const { path, status, csp, coop, html } of await fetchAll(baseURL!, paths)) {
      if (status !== expected.get(path)) problems.push(`${path}: HTTP ${status}, expected ${expected.get(path)}`)
      const scripts = html.match(/<script\b/gi)?.length ?? 0
      const preloads = html.match(/as="script"/g)?.length ?? 0
      if (scripts) problems.push(`${path}: ${scripts} <script`)
      if (preloads) problems.push(`${path}: ${preloads} as="script"`)
      if (!/script-src 'none'/.test(csp)) problems.push(`${path}: CSP does not refuse scripts (${csp})`)
      // No state to guard from other sites' windows (deploy/reading-pages.cjs).
      if (coop) problems.push(`${path}: Cross-Origin-Opener-Policy ${coop}`)
    }
    expect(problems, problems.join('\n')).toEqual([])
    console.log(`/${locale}: ${paths.length} reading pages, none with a script`)
  })
}

test('the form pages keep their scripts and the headers that go with them', async ({ baseURL }) => {
  test.skip(forms.length === 0, 'this content has no form pages')
  for (const { path, status, csp, coop, html } of await fetchAll(
    baseURL!,
    forms.map((route) => localePath('en', route)),
  )) {
    expect(status, path).toBe(200)
    expect(html, path).toMatch(/<script\b/)
    expect(csp, path).toContain("script-src 'self'")
    expect(coop, path).toBe('same-origin')
  }
})
