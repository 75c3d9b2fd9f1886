import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'

export const VALID = join(import.meta.dirname, '../fixtures/content/valid')

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

// A throwaway copy of the valid fixture with some files changed, so each
// test shows exactly the one mistake it is about.
export function fixtureWith(changes: Record<string, string | ((old: string) => string)>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'))
  made.push(dir)
  cpSync(VALID, dir, { recursive: true })
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, typeof change === 'string' ? change : change(readFileSync(path, 'utf8')))
  }
  return dir
}
