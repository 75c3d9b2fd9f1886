import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import matter from 'gray-matter'
import { ELIGIBILITY_PAGE } from '../eligibility'
import { defaultLocale, isLocale, locales, type Locale } from '../i18n/config'
import { renderMarkdown, type PageHeading } from './markdown'
import type { StatementPoint } from './points'
import { ContentError, problemsFromZod, type ContentProblem } from './problems'
import { settingsWarnings } from './settings'
import { changedParts, recordTranslatedFrom, translatedFrom, type TranslatedFrom, type TranslatedPart } from './translated-from'
import { collections, siteSchema, topicsSchema, type CollectionData, type CollectionName, type SiteSettings, type Topics } from './schemas'

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C
  slug: string
  // The language of the front matter (title, description, summary): the
  // requested one, or English when the page has not been translated yet.
  locale: Locale
  // The language of `html`. It differs from `locale` for a document kept in
  // its original language whose title and summary are translated.
  textLocale: Locale
  // The English original is marked `originalLanguageOnly`: its body is
  // never translated ("available in English only", not "not yet translated").
  originalLanguageOnly: boolean
  data: CollectionData[C]
  html: string
  // The visible text of `html`, for the search index.
  text: string
  // Its h2/h3 section headings with their ids.
  headings: PageHeading[]
  // A consultation's numbered points (lib/content/points.ts); empty for
  // every other page.
  points: StatementPoint[]
  file: string
  // The English original's translated parts as they are now: a translation
  // records them in `translatedFrom` when it is made or reviewed, so the
  // status report can see when it falls behind.
  currentSource: TranslatedFrom
  // Internal links in the body, as written (/membership, without the
  // language); lib/routes.ts checks them against every route of the site.
  links: string[]
}

// 'original-only': no translation, and none is expected (the English is
// marked originalLanguageOnly); a translation of its title and summary is
// 'translated' or 'outdated' like any other.
export type TranslationState = 'translated' | 'missing' | 'outdated' | 'original-only'

export interface Content {
  site: SiteSettings
  topics: Topics
  // English slugs define which pages exist; translations may lag behind.
  slugs(collection: CollectionName): string[]
  // The entry in `locale`, or the English original when there is none.
  entry<C extends CollectionName>(collection: C, locale: Locale, slug: string): Entry<C> | undefined
  entries<C extends CollectionName>(collection: C, locale: Locale): Entry<C>[]
  translationState(collection: CollectionName, locale: Locale, slug: string): TranslationState
  // What changed in the English since an outdated translation was made.
  outdatedParts(collection: CollectionName, locale: Locale, slug: string): TranslatedPart[]
  // Not errors: the build goes on (e.g. site.json still holds example values).
  warnings: ContentProblem[]
  // Every file as written, translations included (no English fallbacks).
  files(): Entry[]
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

interface RawEntry {
  collection: CollectionName
  locale: Locale
  slug: string
  file: string
  data: CollectionData[CollectionName]
  body: string
  currentSource: TranslatedFrom
}

function readJson(root: string, name: string, problems: ContentProblem[]): unknown {
  const file = join(root, name)
  const rel = shown(root, file)
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    problems.push({ file: rel, message: `cannot read JSON: ${(error as Error).message}` })
    return undefined
  }
}

// Paths in messages start at the content folder: content/en/pages/x.md.
function shown(root: string, path: string): string {
  return relative(dirname(root), path)
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
}

function parseFile(
  root: string,
  collection: CollectionName,
  locale: Locale,
  name: string,
  problems: ContentProblem[],
): RawEntry | undefined {
  const path = join(root, locale, collection, name)
  const file = shown(root, path)
  const slug = name.slice(0, -'.md'.length)
  if (!SLUG.test(slug)) {
    problems.push({ file, message: 'file names are lower-case words joined by - (they become the URL)' })
    return undefined
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    // An options object turns off gray-matter's global cache, which would
    // otherwise hand back a stale result for identical text.
    parsed = matter(readFileSync(path, 'utf8'), {})
  } catch (error) {
    const e = error as Error & { mark?: { line: number }; reason?: string }
    const where = e.mark ? ` at line ${e.mark.line + 2}` : ''
    problems.push({ file, field: 'front matter', message: `invalid YAML${where}: ${e.reason ?? e.message}` })
    return undefined
  }
  if (Object.keys(parsed.data).length === 0) {
    problems.push({ file, field: 'front matter', message: 'missing: the file must start with a --- block' })
    return undefined
  }
  const result = collections[collection].safeParse(parsed.data)
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error, parsed.data))
    return undefined
  }
  return {
    collection,
    locale,
    slug,
    file,
    data: result.data,
    body: parsed.content,
    currentSource: translatedFrom(result.data, parsed.content),
  }
}

// The eligibility block belongs to the membership page only (its answer
// page is /membership/eligibility), and a translation ticks the same
// criteria as the English original: same ids, same groups, same order.
function eligibilityProblems(entry: RawEntry, original: RawEntry): ContentProblem[] {
  const block = (entry.data as CollectionData['pages']).eligibility
  if (!block) return []
  if (entry.slug !== ELIGIBILITY_PAGE) {
    return [{ file: entry.file, field: 'eligibility', message: `only the ${ELIGIBILITY_PAGE} page can have an eligibility check` }]
  }
  if (entry === original) return []
  const englishBlock = (original.data as CollectionData['pages']).eligibility
  if (!englishBlock) return [{ file: entry.file, field: 'eligibility', message: `the English ${original.file} has no eligibility block` }]
  const shape = (b: typeof block) => b.criteria.map((c) => `${c.id} (${c.group})`).join(', ')
  if (shape(block) === shape(englishBlock)) return []
  return [
    {
      file: entry.file,
      field: 'eligibility.criteria',
      message: `must list the same ids and groups, in the same order, as ${original.file}: ${shape(englishBlock)}; got ${shape(block)}`,
    },
  ]
}

// A translation of a document kept in its original language holds front
// matter only; a working group's status is a fact with a date, the same in
// every language (only who confirmed it, `source`, is translated), and so
// are a consultation's dates (only its `closedNote` is translated).
function translationProblems(entry: RawEntry, original: RawEntry): ContentProblem[] {
  if (entry === original) return []
  const problems: ContentProblem[] = []
  const originalOnly = original.data.originalLanguageOnly === true
  if (entry.data.originalLanguageOnly !== undefined && entry.data.originalLanguageOnly !== originalOnly) {
    problems.push({
      file: entry.file,
      field: 'originalLanguageOnly',
      message: `must match the English ${original.file} (${originalOnly ? 'true' : 'not set'})`,
    })
  }
  if (originalOnly && entry.body.trim() !== '') {
    problems.push({
      file: entry.file,
      field: 'body',
      message: `${original.file} is kept in English only (originalLanguageOnly): translate the front matter and leave the body empty`,
    })
  }
  if (entry.collection === 'working-groups') {
    const own = (entry.data as CollectionData['working-groups']).status
    const english = (original.data as CollectionData['working-groups']).status
    for (const field of ['value', 'asOf', 'estimated', 'sourceUrl'] as const) {
      if (own[field] !== english[field]) {
        problems.push({
          file: entry.file,
          field: `status.${field}`,
          message: `must match the English ${original.file} (${english[field] ?? 'not set'}), got ${own[field] ?? 'not set'}`,
        })
      }
    }
  }
  if (entry.collection === 'working-groups') problems.push(...callDateProblems(entry, original))
  if (entry.collection === 'publications') problems.push(...consultationDateProblems(entry, original))
  if (entry.collection === 'publications') {
    const own = (entry.data as CollectionData['publications']).reportOf
    const english = (original.data as CollectionData['publications']).reportOf
    if (own !== english)
      problems.push({
        file: entry.file,
        field: 'reportOf',
        message: `must match the English ${original.file} (${english ?? 'not set'}), got ${own ?? 'not set'}`,
      })
  }
  return problems
}

// A report names the consultation it reports on; one report per consultation.
function reportProblems(english: RawEntry[], lookup: (slug: string) => RawEntry | undefined): ContentProblem[] {
  const problems: ContentProblem[] = []
  const seen = new Map<string, string>()
  for (const entry of english) {
    const of = entry.collection === 'publications' ? (entry.data as CollectionData['publications']).reportOf : undefined
    if (!of) continue
    if (!(lookup(of)?.data as CollectionData['publications'] | undefined)?.consultation)
      problems.push({ file: entry.file, field: 'reportOf', message: `no consultation "${of}" in publications/` })
    else if (seen.has(of))
      problems.push({ file: entry.file, field: 'reportOf', message: `${seen.get(of)} is already the report of "${of}"` })
    else seen.set(of, entry.file)
  }
  return problems
}

function callDateProblems(entry: RawEntry, original: RawEntry): ContentProblem[] {
  const own = (entry.data as CollectionData['working-groups']).call
  const english = (original.data as CollectionData['working-groups']).call
  if (!own && !english) return []
  if (!own || !english) {
    const message = english
      ? `the English ${original.file} has a call for participants: copy its call block`
      : `the English ${original.file} has no call block`
    return [{ file: entry.file, field: 'call', message }]
  }
  return (['opens', 'closes'] as const)
    .filter((field) => !sameMoment(own[field], english[field]))
    .map((field) => ({
      file: entry.file,
      field: `call.${field}`,
      message: `must match the English ${original.file} (${english[field]}), got ${own[field]}`,
    }))
}

// The same instant written another way (Z or +00:00) is the same date.
const sameMoment = (a: string | undefined, b: string | undefined) =>
  a === b || (a !== undefined && b !== undefined && Date.parse(a) === Date.parse(b))

function consultationDateProblems(entry: RawEntry, original: RawEntry): ContentProblem[] {
  const own = (entry.data as CollectionData['publications']).consultation
  const english = (original.data as CollectionData['publications']).consultation
  if (!own && !english) return []
  if (!own || !english) {
    const message = english
      ? `the English ${original.file} is a consultation: copy its consultation block`
      : `the English ${original.file} has no consultation block`
    return [{ file: entry.file, field: 'consultation', message }]
  }
  return (['opens', 'closes'] as const)
    .filter((field) => !sameMoment(own[field], english[field]))
    .map((field) => ({
      file: entry.file,
      field: `consultation.${field}`,
      message: `must match the English ${original.file} (${english[field] ?? 'not set'}), got ${own[field] ?? 'not set'}`,
    }))
}

// Comments name a point by its number in every language (#point-3), so a
// translation of a statement has the English points, no more and no fewer.
function pointCountProblems(entries: Iterable<Entry>, englishOf: (entry: Entry) => Entry | undefined): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const entry of entries) {
    const english = englishOf(entry)
    if (!english || english === entry || entry.points.length === english.points.length) continue
    problems.push({
      file: entry.file,
      field: 'body',
      message: `has ${entry.points.length} numbered points, the English ${english.file} has ${english.points.length}: a translation keeps the same points, in the same order`,
    })
  }
  return problems
}

export function entryPath(collection: CollectionName, slug: string): string {
  if (collection === 'pages') return slug === 'index' ? '/' : `/${slug}`
  return `/${collection}/${slug}`
}

// Reads, validates and renders every file under `root` once. Any problem in
// any file throws one ContentError listing them all, so a build never ships
// a half-valid site.
export function loadContent(root: string): Content {
  const problems: ContentProblem[] = []
  const site = siteSchema.safeParse(readJson(root, 'site.json', problems))
  const siteFile = shown(root, join(root, 'site.json'))
  if (!site.success && problems.length === 0) problems.push(...problemsFromZod(siteFile, site.error, undefined))
  const topicsRaw = readJson(root, 'topics.json', problems)
  const topics = topicsSchema.safeParse(topicsRaw)
  const topicsFile = shown(root, join(root, 'topics.json'))
  if (!topics.success && topicsRaw !== undefined) problems.push(...problemsFromZod(topicsFile, topics.error, topicsRaw))

  for (const name of existsSync(root) ? readdirSync(root) : []) {
    if (statSync(join(root, name)).isDirectory() && !isLocale(name)) {
      problems.push({
        file: shown(root, join(root, name)),
        message: `"${name}" is not one of the site's languages (${locales.join(', ')})`,
      })
    }
  }

  const raw = new Map<string, RawEntry>()
  const key = (c: CollectionName, l: Locale, s: string) => `${c}\u0000${l}\u0000${s}`
  // English files that exist, valid or not: one broken file is reported
  // once, not again as a broken link or orphaned translation elsewhere.
  const englishFiles = new Set<string>()
  const englishPaths = new Set<string>()
  for (const collection of Object.keys(collections) as CollectionName[]) {
    for (const name of markdownFiles(join(root, defaultLocale, collection))) {
      const slug = name.slice(0, -'.md'.length)
      englishFiles.add(key(collection, defaultLocale, slug))
      englishPaths.add(entryPath(collection, slug))
    }
    for (const locale of locales) {
      for (const name of markdownFiles(join(root, locale, collection))) {
        const entry = parseFile(root, collection, locale, name, problems)
        if (entry) raw.set(key(collection, locale, entry.slug), entry)
      }
    }
  }

  const english = [...raw.values()].filter((e) => e.locale === defaultLocale)
  problems.push(...reportProblems(english, (slug) => raw.get(key('publications', defaultLocale, slug))))
  if (!englishPaths.has('/'))
    problems.push({ file: shown(root, join(root, defaultLocale, 'pages', 'index.md')), message: 'the home page is missing' })

  const topicIds = new Set(Object.keys(topics.success ? topics.data : {}))
  const rendered = new Map<string, Entry>()
  for (const entry of raw.values()) {
    if (!englishFiles.has(key(entry.collection, defaultLocale, entry.slug))) {
      problems.push({
        file: entry.file,
        message: `no English original at ${shown(root, join(root, defaultLocale, entry.collection, `${entry.slug}.md`))}`,
      })
      continue
    }
    const original = raw.get(key(entry.collection, defaultLocale, entry.slug))
    if (!original) continue
    if (entry.collection === 'pages') problems.push(...eligibilityProblems(entry, original))
    problems.push(...translationProblems(entry, original))
    if (entry.collection === 'working-groups' && topics.success) {
      for (const topic of (entry.data as CollectionData['working-groups']).topics) {
        if (!topicIds.has(topic))
          problems.push({ file: entry.file, field: 'topics', message: `unknown topic "${topic}" (known: ${[...topicIds].join(', ')})` })
      }
    }
    const links: string[] = []
    const originalLanguageOnly = original.data.originalLanguageOnly === true
    // Its body is the English one, with links into the visitor's language.
    const textLocale = originalLanguageOnly ? defaultLocale : entry.locale
    const {
      html,
      text,
      headings,
      points,
      problems: markdownProblems,
    } = renderMarkdown(originalLanguageOnly ? original.body : entry.body, {
      file: entry.file,
      linkPrefix: `/${entry.locale}`,
      isKnownPath: (p) => links.push(p) > 0,
      // With broken settings the placeholders cannot be checked; the
      // settings problem is already reported.
      tokens: site.success ? { 'site.contactEmail': site.data.contactEmail, 'site.name': site.data.name } : undefined,
      points: entry.collection === 'publications' && Boolean((original.data as CollectionData['publications']).consultation),
    })
    // The English body's own problems are reported once, for the English file.
    if (entry === original || !originalLanguageOnly) problems.push(...markdownProblems)
    rendered.set(key(entry.collection, entry.locale, entry.slug), {
      collection: entry.collection,
      slug: entry.slug,
      locale: entry.locale,
      textLocale,
      originalLanguageOnly,
      data: entry.data,
      html,
      text,
      headings,
      points,
      file: entry.file,
      currentSource: original.currentSource,
      links,
    })
  }

  problems.push(...pointCountProblems(rendered.values(), (e) => rendered.get(key(e.collection, defaultLocale, e.slug))))
  if (problems.length > 0 || !site.success || !topics.success) throw new ContentError(problems)

  const slugsBy = new Map<CollectionName, string[]>()
  for (const e of english) slugsBy.set(e.collection, [...(slugsBy.get(e.collection) ?? []), e.slug])

  const content: Content = {
    site: site.data,
    warnings: settingsWarnings(site.data, siteFile),
    topics: topics.data,
    slugs: (collection) => slugsBy.get(collection) ?? [],
    entry<C extends CollectionName>(collection: C, locale: Locale, slug: string) {
      return (rendered.get(key(collection, locale, slug)) ?? rendered.get(key(collection, defaultLocale, slug))) as Entry<C> | undefined
    },
    entries(collection, locale) {
      return content.slugs(collection).map((slug) => content.entry(collection, locale, slug)!)
    },
    translationState(collection, locale, slug) {
      const translation = raw.get(key(collection, locale, slug))
      const original = raw.get(key(collection, defaultLocale, slug))
      if (!translation) return original?.data.originalLanguageOnly ? 'original-only' : 'missing'
      return content.outdatedParts(collection, locale, slug).length > 0 ? 'outdated' : 'translated'
    },
    outdatedParts(collection, locale, slug) {
      const translation = raw.get(key(collection, locale, slug))
      const original = raw.get(key(collection, defaultLocale, slug))
      if (!translation || !original || locale === defaultLocale) return []
      return changedParts(translation.data.translatedFrom, original.currentSource)
    },
    files: () => [...rendered.values()],
  }
  return content
}

// Records in a translation's front matter what it was made from
// (`translatedFrom`: the English as it is now), so the status report shows it
// as up to date until the English changes again. Returns the file it wrote.
export function markTranslated(root: string, collection: CollectionName, locale: Locale, slug: string): string {
  if (locale === defaultLocale) throw new Error('the English original is not a translation')
  const content = loadContent(root)
  if (!content.slugs(collection).includes(slug)) throw new Error(`no English ${collection} page "${slug}"`)
  const path = join(root, locale, collection, `${slug}.md`)
  if (!existsSync(path)) throw new Error(`${shown(root, path)} does not exist yet`)
  writeFileSync(path, recordTranslatedFrom(readFileSync(path, 'utf8'), content.entry(collection, defaultLocale, slug)!.currentSource))
  return shown(root, path)
}
