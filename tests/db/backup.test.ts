import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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

const { db } = testDatabase()
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
