// `npm run content:check`: validates every file in content/ without
// building the site, and is the first step of `npm run build`.
import { join } from 'node:path'
import { ContentError, formatProblem, loadContent } from '../lib/content'

const root = process.env.CONTENT_DIR ?? join(process.cwd(), 'content')
const started = performance.now()
try {
  const content = loadContent(root)
  const ms = Math.round(performance.now() - started)
  // Warnings do not fail the check: a preview builds with example settings.
  for (const warning of content.warnings) console.warn(`warning: ${formatProblem(warning)}`)
  console.log(`content OK: ${content.paths().length} pages in every language, checked in ${ms} ms`)
} catch (error) {
  if (!(error instanceof ContentError)) throw error
  console.error(error.message)
  process.exit(1)
}
