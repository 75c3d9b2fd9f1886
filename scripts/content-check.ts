// `npm run content:check`: validates every file in content/ and every
// internal link without building the site. With --manifest it also writes
// the route list the server reads (lib/generated/route-manifest.json: the
// languages, every page, the 404 page, the form pages that need the
// database, the reading pages served without JavaScript, the pages kept fresh): the first step of `npm run build`, `dev`
// and `typecheck`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ContentError, formatProblem } from '../lib/content'
import { defaultLocale, locales } from '../lib/i18n/config'
import { checkSite, NOT_FOUND_PATH } from '../lib/routes'

export const MANIFEST = join(import.meta.dirname, '../lib/generated/route-manifest.json')

const root = process.env.CONTENT_DIR ?? join(process.cwd(), 'content')
const started = performance.now()
try {
  const { content, paths, forms, reading, live } = checkSite(root)
  const ms = Math.round(performance.now() - started)
  // Warnings do not fail the check: a preview builds with example settings.
  for (const warning of content.warnings) console.warn(`warning: ${formatProblem(warning)}`)
  console.log(`content OK: ${paths.length} pages in every language, checked in ${ms} ms`)
  if (process.argv.includes('--manifest')) {
    mkdirSync(dirname(MANIFEST), { recursive: true })
    writeFileSync(MANIFEST, `${JSON.stringify({ locales, defaultLocale, notFound: NOT_FOUND_PATH, pages: paths, forms, reading, live })}\n`)
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error
  console.error(error.message)
  process.exit(1)
}
