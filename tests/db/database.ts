// Vitest globalSetup: a database for the data-layer tests, migrated, its
// address handed to them as inject('databaseUrl').
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbedded } from '../../lib/db/embedded'
import { runMigrations } from '../../lib/db/migrate'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    await runMigrations(process.env.DATABASE_URL)
    project.provide('databaseUrl', process.env.DATABASE_URL)
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-dbtest-'))
  const db = await startEmbedded({ dir, reuse: false })
  await runMigrations(db.url)
  project.provide('databaseUrl', db.url)
  return async () => {
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
