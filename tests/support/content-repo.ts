// A throwaway git repository holding a copy of the fixture content on `main`,
// for the editing tests: they never touch the checkout they run from.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const FIXTURE_SITE = resolve(import.meta.dirname, '../fixtures/content/site')

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
}

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } })
}

export interface ContentRepo {
  dir: string
  remove(): void
}

export function makeContentRepo(): ContentRepo {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-content-repo-'))
  gitIn(dir, 'init', '-q', '-b', 'main')
  cpSync(FIXTURE_SITE, join(dir, 'content'), { recursive: true })
  gitIn(dir, 'add', '-A')
  gitIn(dir, 'commit', '-q', '-m', 'Fixture content')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A bare copy of a repository, as GitHub would hold it. */
export function bareClone(from: string): ContentRepo {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-bare-'))
  execFileSync('git', ['clone', '-q', '--bare', from, dir])
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Commits `text` at `path` directly on a branch of a (bare or not) repository, without a working tree. */
export function commitOnBranch(dir: string, branch: string, path: string, text: string, message = 'Direct edit'): string {
  const index = join(mkdtempSync(join(tmpdir(), 'ispcp-index-')), 'index')
  const env = { ...process.env, ...GIT_IDENTITY, GIT_INDEX_FILE: index }
  const run = (args: string[], input?: string) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env, input }).trim()
  const parent = run(['rev-parse', `refs/heads/${branch}`])
  run(['read-tree', parent])
  const blob = run(['hash-object', '-w', '--stdin'], text)
  run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`])
  const tree = run(['write-tree'])
  const commit = run(['commit-tree', tree, '-p', parent, '-m', message])
  run(['update-ref', `refs/heads/${branch}`, commit, parent])
  rmSync(join(index, '..'), { recursive: true, force: true })
  return commit
}
