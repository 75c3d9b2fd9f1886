import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmbedded } from '../../lib/db/embedded'

/**
 * An embedded PostgreSQL in a temporary folder that servers are given as
 * their external DATABASE_URL (several instances sharing one database, or a
 * database stopped under a running server). `stop` also removes the folder.
 */
export async function externalDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-shared-'))
  const database = await startEmbedded({ dir, reuse: false })
  let stopped: Promise<void> | undefined
  return {
    url: database.url,
    stop: () => (stopped ??= database.stop().finally(() => rmSync(dir, { recursive: true, force: true }))),
  }
}
