import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asc, getTableName } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { backup, BACKUP_TABLES, BackupFormatError, restore } from '../../lib/db/backup'
import { addNote } from '../../lib/db/queries/notes'
import { recordAudit } from '../../lib/db/queries/audit'
import { upsertStaff } from '../../lib/db/queries/staff'
import * as schema from '../../lib/db/schema'
import { testDatabase, unique } from './connect'

const { db, url } = testDatabase()
const dir = mkdtempSync(join(tmpdir(), 'ispcp-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function everything() {
  const out: Record<string, unknown[]> = {}
  for (const table of BACKUP_TABLES)
    out[getTableName(table)] = await db
      .select()
      .from(table)
      .orderBy(
        asc((table as typeof schema.user).id ?? (table as typeof schema.signInFailure).key ?? (table as typeof schema.appSetting).key),
      )
  return out
}

describe('backup and restore', () => {
  it('backs up every table of the schema', () => {
    const tables = Object.values(schema).filter((v) => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v)
    expect(new Set(BACKUP_TABLES)).toEqual(new Set(tables))
  })

  it('restores exactly what was backed up, and new rows continue the numbering', async () => {
    const author = await upsertStaff(
      db,
      { email: `${unique('b')}@example.org`, role: 'secretariat', password: 'backup-password' },
      { id: null, email: 'test' },
    )
    await addNote(db, {
      requestKey: unique('k'),
      author: { id: author.id, email: 'b@example.org' },
      body: 'Ünïcode, "quotes", newline\nand emoji 🙂',
    })
    await recordAudit(db, { actorEmail: 'x@example.org', action: 'sign-in', detail: { nested: { n: 1 } } })
    const before = await everything()
    const file = join(dir, 'backup.jsonl')
    await backup(db, file)

    await addNote(db, { requestKey: unique('later'), author: { id: author.id, email: 'b@example.org' }, body: 'written after the backup' })
    await restore(db, file)
    expect(await everything()).toEqual(before)

    const next = await addNote(db, {
      requestKey: unique('after'),
      author: { id: author.id, email: 'b@example.org' },
      body: 'after restore',
    })
    const maxBefore = Math.max(...(before.staff_note as { id: number }[]).map((n) => n.id))
    expect(next.created && next.id).toBeGreaterThan(maxBefore)
  })

  it('refuses a file that is not a backup, changing nothing', async () => {
    const file = join(dir, 'not-a-backup.jsonl')
    writeFileSync(file, '{"hello":"world"}\n')
    await expect(restore(db, file)).rejects.toBeInstanceOf(BackupFormatError)
  })
})

const mode = (path: string) => statSync(path).mode & 0o777

// As an operator runs it: npm run db:backup [-- FILE] is scripts/admin.ts db:backup.
function dbBackup(dataDir: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'db:backup', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir },
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout
}

describe('backup files are private', () => {
  it('writes a new file 0600', async () => {
    const file = join(dir, 'new.jsonl')
    await backup(db, file)
    expect(mode(file)).toBe(0o600)
  })

  it('replaces an existing file readable by all with a 0600 one, even under a umask that would cut the mode', async () => {
    const file = join(dir, 'existing.jsonl')
    writeFileSync(file, 'an older file\n', { mode: 0o644 })
    chmodSync(file, 0o644)
    const umask = process.umask(0o277)
    try {
      await backup(db, file)
    } finally {
      process.umask(umask)
    }
    expect(mode(file)).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!).format).toBe('ispcp-backup')
    // Nothing of the write is left beside it.
    expect(readdirSync(dir).filter((name) => name.includes('existing'))).toEqual(['existing.jsonl'])
  })

  it('npm run db:backup writes into DATA_DIR/backups (0700, taken back from 0755), each file 0600, and prints the path', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ispcp-data-'))
    try {
      const folder = join(dataDir, 'backups')
      const printed = (out: string) => out.match(/^Backup written to (\S+) \(\d+ rows\)\.$/m)?.[1]
      const first = printed(dbBackup(dataDir))
      expect(first).toBeDefined()
      expect(first!.startsWith(`${folder}/backup-`)).toBe(true)
      expect(existsSync(first!)).toBe(true)
      expect(mode(folder)).toBe(0o700)
      expect(mode(first!)).toBe(0o600)

      chmodSync(folder, 0o755)
      const second = printed(dbBackup(dataDir))
      expect(second).not.toBe(first)
      expect(mode(folder)).toBe(0o700)
      expect(mode(second!)).toBe(0o600)
      expect(readdirSync(dataDir)).toEqual(['backups']) // nothing else: the database is DATABASE_URL's
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('npm run db:backup -- FILE writes that file, 0600, even over an existing one', () => {
    const file = join(dir, 'named.jsonl')
    writeFileSync(file, 'an older file\n', { mode: 0o666 })
    chmodSync(file, 0o666)
    const out = dbBackup(join(dir, 'unused-data-dir'), file)
    expect(out).toContain(`Backup written to ${file} (`)
    expect(mode(file)).toBe(0o600)
    expect(existsSync(join(dir, 'unused-data-dir'))).toBe(false)
  })
})
