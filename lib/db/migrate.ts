// Applies lib/db/migrations (drizzle-kit's output) in one transaction under
// a PostgreSQL advisory lock: several instances starting at once take turns,
// and the ones that come second find nothing left to do.
import { join } from 'node:path'
import { drizzle } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'

// Any fixed number, the same in every instance: it names the lock.
const MIGRATION_LOCK = 7_361_420_518

export const migrationsFolder = () => process.env.MIGRATIONS_DIR ?? join(process.cwd(), 'lib/db/migrations')

export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      await migrate(drizzle(client), { migrationsFolder: migrationsFolder() })
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
    }
  } finally {
    await client.end()
  }
}
