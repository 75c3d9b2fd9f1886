// `npm run content:check`: validates every file in content/ and every
// internal link without building the site, and runs the language lint
// (lib/i18n/style/lint.ts) over the content and the messages: its problems
// fail the check, and are warnings with --manifest, so that a typography
// slip never stops `npm run dev` or a build. With --manifest it also writes
// the route list the server reads (lib/generated/route-manifest.json: the
// languages, every page, the 404 page, the form pages that need the
// database, the reading pages served without JavaScript, the pages kept fresh): the first step of `npm run build`, `dev`
// and `typecheck`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ContentError, formatProblem } from '../lib/content'
import { defaultLocale, direction, locales } from '../lib/i18n/config'
import { lintLanguage } from '../lib/i18n/style/lint'
import { tooLargeText } from '../lib/i18n/too-large'
import { checkSite, NOT_FOUND_PATH } from '../lib/routes'

export const MANIFEST = join(import.meta.dirname, '../lib/generated/route-manifest.json')

const root = process.env.CONTENT_DIR ?? join(process.cwd(), 'content')
const MESSAGES = join(import.meta.dirname, '../lib/i18n/messages')
const manifest = process.argv.includes('--manifest')
const started = performance.now()
try {
  const { content, paths, forms, reading, live } = checkSite(root)
  const language = lintLanguage({ content: root, messages: MESSAGES })
  const ms = Math.round(performance.now() - started)
  // Warnings do not fail the check: a preview builds with example settings.
  for (const warning of content.warnings) console.warn(`warning: ${formatProblem(warning)}`)
  if (language.length && !manifest) {
    console.error(`Language lint: ${language.length} problem${language.length === 1 ? '' : 's'}:`)
    for (const problem of language) console.error(`  ${formatProblem(problem)}`)
    process.exit(1)
  }
  for (const problem of language) console.warn(`warning: ${formatProblem(problem)}`)
  console.log(`content OK: ${paths.length} pages in every language, checked in ${ms} ms`)
  if (manifest) {
    mkdirSync(dirname(MANIFEST), { recursive: true })
    // The request guard answers an over-limit body itself, in the visitor's language.
    const rtl = locales.filter((locale) => direction(locale) === 'rtl')
    const tooLarge = await tooLargeText()
    writeFileSync(
      MANIFEST,
      `${JSON.stringify({ locales, defaultLocale, notFound: NOT_FOUND_PATH, pages: paths, forms, reading, live, rtl, tooLarge })}\n`,
    )
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error
  console.error(error.message)
  process.exit(1)
}
