// `npm run content:status`: which pages are translated, missing or outdated
// in each language (outdated: the English changed since the translation was
// made, and the report says which parts).
// `npm run content:status -- --mark fr pages/about [pages/index …]` records
// that the French about page was made from (or reviewed against) the
// current English.
import { join } from 'node:path'
import { loadContent, markTranslated, type CollectionName } from '../lib/content'
import { isLocale, locales } from '../lib/i18n/config'

const root = process.env.CONTENT_DIR ?? join(process.cwd(), 'content')
const args = process.argv.slice(2)
const collections: CollectionName[] = ['pages', 'working-groups', 'publications']

if (args[0] === '--mark') {
  const [, locale, ...targets] = args
  const pages = targets.map((t) => t.split('/') as [CollectionName, string?])
  if (!isLocale(locale) || pages.length === 0 || pages.some(([c, slug]) => !collections.includes(c) || !slug)) {
    console.error(`usage: npm run content:status -- --mark <language> <collection>/<slug> …
  <language>: ${locales.slice(1).join(', ')}; <collection>: ${collections.join(', ')}
  e.g. npm run content:status -- --mark fr pages/about working-groups/fake-renewal-notices`)
    process.exit(2)
  }
  try {
    for (const [collection, slug] of pages)
      console.log(`marked ${markTranslated(root, collection, locale, slug!)} as made from the current English`)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
  process.exit(0)
}

const content = loadContent(root)
const symbol = { translated: '✓', missing: '—', outdated: 'outdated', 'original-only': 'original only' } as const
const page = (collection: CollectionName, slug: string) => `${collection}/${slug}`
// A document kept in English: only its title and summary are translated,
// and a language without them is "original only", never missing.
const rows = collections.flatMap((collection) =>
  content
    .slugs(collection)
    .map((slug) => [
      `${page(collection, slug)}${content.entry(collection, 'en', slug)!.originalLanguageOnly ? ' (title and summary)' : ''}`,
      ...locales.slice(1).map((locale) => symbol[content.translationState(collection, locale, slug)]),
    ]),
)
const header = ['page', ...locales.slice(1)]
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
console.log(line(header))
console.log(line(widths.map((w) => '-'.repeat(w))))
for (const r of rows) console.log(line(r))
const totals = locales.slice(1).map((locale) => {
  const states = collections.flatMap((c) => content.slugs(c).map((s) => content.translationState(c, locale, s)))
  const count = (state: string) => states.filter((s) => s === state).length
  const expected = states.length - count('original-only')
  return `${locale}: ${count('translated')}/${expected} translated, ${count('outdated')} outdated, ${count('original-only')} in English only`
})
console.log(`\n${totals.join('\n')}`)
// What to translate again: the English parts changed since each outdated translation.
const outdated = locales.slice(1).flatMap((locale) =>
  collections.flatMap((c) =>
    content.slugs(c).flatMap((slug) => {
      const parts = content.outdatedParts(c, locale, slug)
      return parts.length > 0 ? [`  ${locale} ${page(c, slug)}: ${parts.join(', ')}`] : []
    }),
  ),
)
if (outdated.length > 0) {
  console.log(
    `\nChanged in English since translated (translate them, then mark the page: npm run content:status -- --mark <language> <page>):`,
  )
  console.log(outdated.join('\n'))
}
