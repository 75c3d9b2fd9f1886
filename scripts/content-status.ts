// `npm run content:status`: which pages are translated, missing or outdated
// in each language (outdated: the English changed after the translation).
// `npm run content:status -- --mark fr pages/about` records that the French
// about page now matches the current English.
import { join } from 'node:path'
import { loadContent, markTranslated, type CollectionName } from '../lib/content'
import { isLocale, locales } from '../lib/i18n/config'

const root = process.env.CONTENT_DIR ?? join(process.cwd(), 'content')
const args = process.argv.slice(2)

if (args[0] === '--mark') {
  const [, locale, target] = args
  const [collection, slug] = (target ?? '').split('/') as [CollectionName, string]
  if (!isLocale(locale) || !slug) {
    console.error('usage: npm run content:status -- --mark <locale> <collection>/<slug>')
    process.exit(2)
  }
  console.log(`marked ${markTranslated(root, collection, locale, slug)} as up to date`)
  process.exit(0)
}

const content = loadContent(root)
const symbol = { translated: '✓', missing: '—', outdated: 'outdated', 'original-only': 'original only' } as const
const collections: CollectionName[] = ['pages', 'working-groups', 'publications']
// A document kept in English: only its title and summary are translated,
// and a language without them is "original only", never missing.
const rows = collections.flatMap((collection) =>
  content
    .slugs(collection)
    .map((slug) => [
      `${collection}/${slug}${content.entry(collection, 'en', slug)!.originalLanguageOnly ? ' (title and summary)' : ''}`,
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
