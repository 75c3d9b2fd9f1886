// What the tests know about a site: read from its content folder (the route
// list, the templates worth a browser check) or, for behaviour tests, from
// the fixture's front matter. Never a slug, phrase or count of content/.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import matter from 'gray-matter'
import { type Content, entryPath, loadContent } from '../../lib/content'
import { ELIGIBILITY_PAGE, ELIGIBILITY_PATH } from '../../lib/eligibility'
import { checkSite } from '../../lib/routes'
import { filterPath, type GroupStatus, groupStatuses } from '../../lib/working-group-filter'

export const root = join(import.meta.dirname, '../..')
export const SITE_CONTENT = resolve(root, process.env.CONTENT_DIR ?? 'content')
export const FIXTURE_CONTENT = join(root, 'tests/fixtures/content/site')
export const FIXTURE_DIST = '.next-fixture'

// Every path of a site without its language, as the build lists them.
export function routeList(contentDir: string): string[] {
  return checkSite(contentDir).paths
}

export type Template = 'markdown' | 'filter' | 'eligibility-answer' | 'search-results' | 'search-empty' | 'not-found'

export interface TemplatePage {
  template: Template
  // Without the language; may carry a query.
  path: string
}

// Read once: loading content/ blocks the test process for seconds on a busy
// machine, long enough for the server to close an idle keep-alive
// connection that the next fetch would then reuse ("other side closed").
const loaded = new Map<string, Content>()
const contentOf = (contentDir: string) => loaded.get(contentDir) ?? loaded.set(contentDir, loadContent(contentDir)).get(contentDir)!

// One page of every template, plus every page with its own markdown file.
// (The search term is chosen per language at run time: see pages.spec.ts.)
export function templatePages(contentDir: string): TemplatePage[] {
  const content = contentOf(contentDir)
  const pages: TemplatePage[] = []
  for (const collection of ['pages', 'working-groups', 'publications'] as const) {
    for (const slug of content.slugs(collection)) pages.push({ template: 'markdown', path: entryPath(collection, slug) })
  }
  const group = content.entries('working-groups', 'en')[0]
  if (group) pages.push({ template: 'filter', path: filterPath({ status: groupStatus(group.data), topic: group.data.topics[0]! }) })
  const criteria = content.entry('pages', 'en', ELIGIBILITY_PAGE)?.data.eligibility?.criteria
  if (criteria) pages.push({ template: 'eligibility-answer', path: `${ELIGIBILITY_PATH}?${criteria.map((c) => `c=${c.id}`).join('&')}` })
  pages.push({ template: 'search-results', path: '/search' })
  pages.push({ template: 'search-empty', path: '/search?q=qzxwvkjq' })
  pages.push({ template: 'not-found', path: '/no-such-page-qzxwvkjq' })
  return pages
}

// Words worth searching for in a language, most likely first: the site's
// name, then words of page titles (the search template needs some result).
export function searchCandidates(contentDir: string, locale: string): string[] {
  const content = contentOf(contentDir)
  const titles = content.slugs('pages').map((slug) => content.entry('pages', locale as 'en', slug)?.data.title ?? '')
  const words = titles.flatMap((t) => t.split(/[\s\p{P}]+/u)).filter((w) => w.length >= 4)
  return [...new Set([content.site.name, ...words])]
}

// The search template with results in a language: the first candidate
// word that finds something on the running site.
export async function searchWithResults(contentDir: string, baseURL: string, locale: string): Promise<string> {
  for (const word of searchCandidates(contentDir, locale)) {
    const path = `/${locale}/search?q=${encodeURIComponent(word)}`
    const html = await fetch(new URL(path, baseURL)).then((r) => r.text())
    if (html.includes('<mark')) return path
  }
  throw new Error(`no search in /${locale} found anything`)
}

// A working group's status from its front matter. The one place that knows
// the field's shape (a plain 'current' | 'past' today).
export function groupStatus(data: { status: unknown }): GroupStatus {
  const status = (data.status as { value?: unknown } | undefined)?.value
  if (!groupStatuses.includes(status as GroupStatus)) throw new Error(`not a working-group status: ${JSON.stringify(data.status)}`)
  return status as GroupStatus
}

export interface FixtureEntry {
  slug: string
  data: Record<string, unknown>
  body: string
}

// The fixture's own files of a collection in a language (no fallbacks).
export function fixtureEntries(locale: string, collection: string): FixtureEntry[] {
  const dir = join(FIXTURE_CONTENT, locale, collection)
  let files: string[]
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md'))
  } catch {
    return []
  }
  return files.sort().map((file) => {
    const { data, content } = matter(readFileSync(join(dir, file), 'utf8'))
    return { slug: file.slice(0, -3), data, body: content }
  })
}

export const fixtureTopics = JSON.parse(readFileSync(join(FIXTURE_CONTENT, 'topics.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>

export const messages = (locale: string) => JSON.parse(readFileSync(join(root, `lib/i18n/messages/${locale}.json`), 'utf8'))

// A route of the list in a language: '/' is the language's home.
export function localePath(locale: string, route: string): string {
  return route === '/' ? `/${locale}` : route.startsWith('/?') ? `/${locale}${route.slice(1)}` : `/${locale}${route}`
}
