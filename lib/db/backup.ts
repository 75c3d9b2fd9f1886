// A backup is one JSON-lines file: a header, then one line per row. It is
// written through the driver inside one REPEATABLE READ transaction (a
// consistent snapshot while the site keeps running), because the embedded
// PostgreSQL ships without pg_dump; it works the same on an external one.
// Restoring lets PostgreSQL turn each row back into its column types
// (json_populate_recordset), so dates, JSON and numbers come back exact.
import { randomBytes } from 'node:crypto'
import { chmodSync, createReadStream, createWriteStream, fchmodSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { basename, dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { getTableName, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Database } from './client'
import { dataDir } from './embedded'
import * as schema from './schema'

const FORMAT = 'ispcp-backup'
const VERSION = 1
const INSERT_BATCH = 500

// Parents before children, so foreign keys hold while restoring.
export const BACKUP_TABLES: PgTable[] = [
  schema.user,
  schema.session,
  schema.account,
  schema.verification,
  schema.rateLimit,
  schema.signInFailure,
  schema.auditLog,
  schema.staffNote,
  schema.appSetting,
  schema.consultationComment,
  // Counters of the last hour; backed up only so a restore is the whole database.
  schema.formRateLimit,
  schema.membershipApplication,
  schema.applicationNote,
  schema.mailOutbox,
  schema.member,
  schema.officer,
]

interface Header {
  format: typeof FORMAT
  version: number
  createdAt: string
  migrations: number
  tables: Record<string, number>
}

async function appliedMigrations(db: Pick<Database, 'execute'>): Promise<number> {
  const { rows } = await db.execute<{ count: string }>(sql`select count(*)::text as count from drizzle.__drizzle_migrations`)
  return Number(rows[0]!.count)
}

// A backup holds password hashes, the cookie key and every applicant's
// data: by default it goes beside the database, never into the working
// directory (a repository, a web root), in a folder only the site's user opens.
export function defaultBackupFile(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  return join(dataDir(env), 'backups', `backup-${now.toISOString().replace(/[:.]/g, '-')}.jsonl`)
}

/** Creates the folder, or takes an existing one back, as 0700. */
export function privateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(dir, 0o700)
}

// Written to a new 0600 file beside the target, then renamed over it: an
// existing file at that path (made by hand, readable by all) is replaced,
// never reused with its mode, and a failed backup leaves the old one whole.
// fchmod because the mode given to open() is cut by the umask.
async function writePrivately(file: string, lines: Iterable<string>): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temporary, 'wx', 0o600)
  fchmodSync(fd, 0o600)
  const out = createWriteStream(temporary, { fd })
  try {
    for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain')
    out.end()
    await once(out, 'finish')
    renameSync(temporary, file)
  } catch (error) {
    out.destroy()
    rmSync(temporary, { force: true })
    throw error
  }
}

export async function backup(db: Database, file: string): Promise<Header> {
  return db.transaction(
    async (tx) => {
      const rowsByTable = new Map<string, unknown[]>()
      for (const table of BACKUP_TABLES) {
        const { rows } = await tx.execute<{ row: unknown }>(sql`select row_to_json(t) as row from ${table} t`)
        rowsByTable.set(
          getTableName(table),
          rows.map((r) => r.row),
        )
      }
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        migrations: await appliedMigrations(tx),
        tables: Object.fromEntries([...rowsByTable].map(([name, rows]) => [name, rows.length])),
      }
      await writePrivately(
        file,
        (function* () {
          yield JSON.stringify(header)
          for (const [table, rows] of rowsByTable) for (const row of rows) yield JSON.stringify({ table, row })
        })(),
      )
      return header
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}

export class BackupFormatError extends Error {}

export async function restore(db: Database, file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  let header: Header | undefined
  const rowsByTable = new Map<string, unknown[]>(BACKUP_TABLES.map((t) => [getTableName(t), []]))
  for await (const line of lines) {
    if (!line.trim()) continue
    const parsed = JSON.parse(line)
    if (!header) {
      if (parsed?.format !== FORMAT || parsed.version !== VERSION)
        throw new BackupFormatError(`${file} is not a backup made by npm run db:backup`)
      header = parsed as Header
      continue
    }
    const rows = rowsByTable.get(parsed?.table)
    if (!rows) throw new BackupFormatError(`${file}: unknown table ${JSON.stringify(parsed?.table)}`)
    rows.push(parsed.row)
  }
  if (!header) throw new BackupFormatError(`${file} is empty`)
  const found = header
  return db.transaction(async (tx) => {
    const current = await appliedMigrations(tx)
    if (current !== found.migrations) {
      throw new BackupFormatError(
        `${file} was made with ${found.migrations} migrations applied, this database has ${current}: restore it with the version of the site that made it`,
      )
    }
    await tx.execute(
      sql`truncate ${sql.join(
        BACKUP_TABLES.map((t) => sql`${t}`),
        sql`, `,
      )} restart identity`,
    )
    for (const table of BACKUP_TABLES) {
      const rows = rowsByTable.get(getTableName(table))!
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        const batch = JSON.stringify(rows.slice(i, i + INSERT_BATCH))
        await tx.execute(sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${batch}::json)`)
      }
    }
    // Serial columns continue after the restored rows.
    for (const table of [
      schema.auditLog,
      schema.staffNote,
      schema.membershipApplication,
      schema.applicationNote,
      schema.mailOutbox,
      schema.member,
      schema.officer,
    ]) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${getTableName(table)}, 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`,
      )
    }
    return found
  })
}
