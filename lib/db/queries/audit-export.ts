import { asc } from 'drizzle-orm'
import type { Database } from '../client'
import { auditLog } from '../schema'
import { recordAudit } from './audit'

// A cell a spreadsheet would run as a formula (=, +, -, @) is quoted as text.
export function csvCell(value: unknown): string {
  let text = value == null ? '' : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole log as CSV; the export itself is recorded first. */
export async function auditCsv(db: Database, actor: { id: string; email: string }): Promise<string> {
  await recordAudit(db, { actorId: actor.id, actorEmail: actor.email, action: 'audit-exported' })
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id))
  const lines = [['id', 'at', 'actor_email', 'action', 'target', 'detail'].join(',')]
  for (const row of rows) lines.push([row.id, row.at, row.actorEmail, row.action, row.target, row.detail].map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}
