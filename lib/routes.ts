// The site's route list: every path without its language. One list feeds
// the proxy (through the manifest the build writes), the sitemap, search,
// feeds and the content check's link test.
import { ALERT_FORM_PATHS, takePartPath } from './alerts/paths'
import { collections, type CollectionName } from './content/schemas'
import { entryPath, loadContent, ContentError, type Content } from './content'
import type { ContentProblem } from './content/problems'
import { APPLY_PATH, ELIGIBILITY_PAGE, ELIGIBILITY_PATH } from './eligibility'
import { defaultLocale } from './i18n/config'
import { MEMBERS_FILTER_PATH, MEMBERS_PATH } from './members/directory'
import { STRUCTURE_PAGE } from './members/officers'
import { filterPaths } from './working-group-filter'

// Routes written in code rather than as a markdown file.
export const CONSULTATIONS_PATH = '/consultations'
export const FEED_PATH = '/feed.xml'
export const CODE_ROUTES = ['/search', FEED_PATH, CONSULTATIONS_PATH, MEMBERS_PATH, MEMBERS_FILTER_PATH] as const

// The localized 404 page, pre-rendered once per language. No content slug
// can take this name (slugs have no underscore); the request guard
// (deploy/request-guard.cjs) serves it for every path this list lacks.
export const NOT_FOUND_PATH = '/_not-found'

// A consultation's page: its comment form while open, its published comments.
export const consultationPath = (slug: string) => `${CONSULTATIONS_PATH}/${slug}`

// The working groups whose call for participants is open now, by the clock.
export const OPEN_CALLS_PATH = '/working-groups/filter/calls'

const collectionNames = Object.keys(collections) as CollectionName[]

// The pages written in markdown: what the sitemap lists and search indexes.
export function contentRoutes(content: Content): { collection: CollectionName; slug: string; path: string }[] {
  return collectionNames.flatMap((collection) =>
    content.slugs(collection).map((slug) => ({ collection, slug, path: entryPath(collection, slug) })),
  )
}

// The pages whose forms write to the database: each consultation's comment
// form and, when the criteria come with a declaration to confirm, the
// membership application.
const consultationSlugs = (content: Content) =>
  content.slugs('publications').filter((slug) => content.entry('publications', defaultLocale, slug)?.data.consultation)

// The working groups with a call for participants in their front matter.
const callSlugs = (content: Content) =>
  content.slugs('working-groups').filter((slug) => content.entry('working-groups', defaultLocale, slug)?.data.call)

export function formPaths(content: Content): string[] {
  const paths = [...consultationSlugs(content).map(consultationPath), ...callSlugs(content).map(takePartPath), ...ALERT_FORM_PATHS]
  if (content.entry('pages', defaultLocale, ELIGIBILITY_PAGE)?.data.eligibility?.declaration) paths.push(APPLY_PATH)
  return paths.sort()
}

// Pre-rendered pages whose text changes without a rebuild: the home page and
// the consultation list (a consultation opens or closes by the clock) and
// each consultation's statement (its published comments, from the database);
// each working group with a call and the list of open calls ("Participants
// wanted until …" comes and goes by the clock). The member list and the
// structure page show members and officers from the database the same way.
// The server asks for them every few seconds so none waits for a visitor to
// be regenerated (see lib/page-refresh.ts).
export function livePaths(content: Content): string[] {
  const statements = consultationSlugs(content).map((slug) => entryPath('publications', slug))
  const calls = callSlugs(content).map((slug) => entryPath('working-groups', slug))
  const structure = content.slugs('pages').includes(STRUCTURE_PAGE) ? [entryPath('pages', STRUCTURE_PAGE)] : []
  return [
    ...(statements.length ? ['/', CONSULTATIONS_PATH, ...statements.sort()] : []),
    ...(calls.length ? [OPEN_CALLS_PATH, ...calls.sort()] : []),
    MEMBERS_PATH,
    ...structure,
  ]
}

// The pages people read: every page but the forms and the feed. They are
// served without JavaScript (scripts/standalone-assets.ts writes them out,
// deploy/reading-pages.cjs serves them); the forms keep Next's scripts for
// their progressive enhancement.
export function readingPaths(paths: readonly string[], forms: readonly string[]): string[] {
  return paths.filter((path) => path !== FEED_PATH && !forms.includes(path))
}

export function sitePaths(content: Content): string[] {
  const paths = new Set<string>([...CODE_ROUTES, ...formPaths(content)])
  // The list of open calls, once a working group has a call at all.
  if (callSlugs(content).length) paths.add(OPEN_CALLS_PATH)
  for (const { path } of contentRoutes(content)) paths.add(path)
  // A filtered working-group list for every status × topic.
  for (const path of filterPaths(Object.keys(content.topics))) paths.add(path)
  // The eligibility answer page, when the membership page has criteria.
  if (content.entry('pages', defaultLocale, ELIGIBILITY_PAGE)?.data.eligibility) paths.add(ELIGIBILITY_PATH)
  return [...paths].sort()
}

export function brokenLinks(content: Content, paths: ReadonlySet<string>): ContentProblem[] {
  return content
    .files()
    .flatMap((entry) =>
      entry.links
        .filter((link) => !paths.has(link))
        .map((link) => ({ file: entry.file, field: 'body', message: `broken internal link "${link}": no page at ${link}` })),
    )
}

// Loads and validates the content, then checks every internal link against
// the route list: what `npm run content:check` and the build run.
export function checkSite(root: string): { content: Content; paths: string[]; forms: string[]; reading: string[]; live: string[] } {
  const content = loadContent(root)
  const paths = sitePaths(content)
  const problems = brokenLinks(content, new Set(paths))
  if (problems.length > 0) throw new ContentError(problems)
  const forms = formPaths(content)
  return { content, paths, forms, reading: readingPaths(paths, forms), live: livePaths(content) }
}
