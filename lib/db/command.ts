// For the command-line tools (db:*, staff:*): DATABASE_URL if set, else the
// embedded database of DATA_DIR, the running one or one started for the
// command and stopped after it (unless a server has taken it over meanwhile).
import { dataDir, startEmbedded } from './embedded'
import { getDb, getPool, type Database } from './client'
import { runMigrations } from './migrate'
import { serverHoldingDataDir } from './server-lock'

export async function withDatabase<T>(run: (db: Database) => Promise<T>): Promise<T> {
  const external = process.env.DATABASE_URL
  const embedded = external ? undefined : await startEmbedded({ reuse: true })
  const url = external || embedded!.url
  process.env.DATABASE_URL = url
  try {
    await runMigrations(url)
    return await run(getDb())
  } finally {
    await getPool().end()
    if (embedded?.started && !serverHoldingDataDir(dataDir())) await embedded.stop()
  }
}
