import { asc } from 'drizzle-orm'
import { csv } from '../../csv'
import type { Database } from '../client'
import { auditLog } from '../schema'
import { recordAudit } from './audit'

/** The whole log as CSV; the export itself is recorded first. */
export async function auditCsv(db: Database, actor: { id: string; email: string }): Promise<string> {
  await recordAudit(db, { actorId: actor.id, actorEmail: actor.email, action: 'audit-exported' })
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id))
  return csv(
    ['id', 'at', 'actor_email', 'action', 'target', 'detail'],
    rows.map((row) => [row.id, row.at, row.actorEmail, row.action, row.target, row.detail]),
  )
}
