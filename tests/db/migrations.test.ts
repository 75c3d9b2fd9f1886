import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { recordAudit } from '../../lib/db/queries/audit'
import { runMigrations } from '../../lib/db/migrate'
import { auditLog } from '../../lib/db/schema'
import { testDatabase, unique } from './connect'

const { db, url } = testDatabase()

describe('migrations', () => {
  it('can run from several instances at once and again later, applying each migration once', async () => {
    await Promise.all([runMigrations(url), runMigrations(url), runMigrations(url)])
    await runMigrations(url)
    const { rows } = await db.execute<{ hash: string; n: string }>(
      sql`select hash, count(*)::text as n from drizzle.__drizzle_migrations group by hash`,
    )
    expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(rows.every((r) => r.n === '1')).toBe(true)
  })
})

describe('audit log', () => {
  it('keeps entries: the database refuses to change or delete them', async () => {
    const target = unique('audit')
    await recordAudit(db, { actorEmail: 'a@example.org', action: 'note-added', target })
    await expect(db.update(auditLog).set({ action: 'sign-in' }).where(eq(auditLog.target, target))).rejects.toMatchObject({
      cause: { message: 'audit_log is append-only' },
    })
    await expect(db.delete(auditLog).where(eq(auditLog.target, target))).rejects.toMatchObject({
      cause: { message: 'audit_log is append-only' },
    })
    expect(await db.select().from(auditLog).where(eq(auditLog.target, target))).toHaveLength(1)
  })
})
