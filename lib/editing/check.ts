// The content check on a proposed change, before anything is written: the
// files as they would be on the branch, checked by the same code as
// `npm run content:check` (schemas, cross-field rules, links, language lint).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ContentError, type ContentProblem, formatProblem } from '../content'
import { defaultLocale, isLocale } from '../i18n/config'
import { lintContentFile, loadStyle, STYLE_DIR } from '../i18n/style/lint'
import { checkSite } from '../routes'
import type { ContentStore, FileChange } from './store'

function siteProblems(root: string): ContentProblem[] {
  try {
    checkSite(root)
    return []
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
}

// Should the style files be missing (a bundle without them), the lint is left to CI.
function lintProblems(root: string, files: FileChange[]): ContentProblem[] {
  if (!existsSync(join(STYLE_DIR, `${defaultLocale}.json`))) return []
  const englishStyle = loadStyle(defaultLocale, STYLE_DIR)
  return files.flatMap((file) => {
    const [, locale, ...rest] = file.path.split('/')
    if (!locale || !isLocale(locale) || !file.path.endsWith('.md')) return []
    const englishPath = join(root, defaultLocale, ...rest)
    const english = locale !== defaultLocale && existsSync(englishPath) ? readFileSync(englishPath, 'utf8') : undefined
    return lintContentFile(locale, file.path, file.text, english, loadStyle(locale, STYLE_DIR), englishStyle)
  })
}

const baseProblems = new Map<string, Set<string>>()

/**
 * The problems `npm run content:check` would print on the branch: every one
 * in the changed files, and any elsewhere that the change causes (a broken
 * file already on the base branch does not block an unrelated change).
 */
export async function checkChange(store: ContentStore, commit: string, files: FileChange[]): Promise<ContentProblem[]> {
  const snapshot = await store.snapshot(commit)
  const work = mkdtempSync(join(tmpdir(), 'ispcp-check-'))
  try {
    const root = join(work, 'content')
    cpSync(snapshot, root, { recursive: true })
    for (const file of files) {
      const path = join(work, file.path)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.text)
    }
    const problems = [...siteProblems(root), ...lintProblems(root, files)]
    const changed = new Set(files.map((f) => f.path))
    if (problems.every((p) => changed.has(p.file))) return problems
    let before = baseProblems.get(commit)
    if (!before) {
      before = new Set(siteProblems(snapshot).map(formatProblem))
      baseProblems.set(commit, before)
    }
    return problems.filter((p) => changed.has(p.file) || !before.has(formatProblem(p)))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
