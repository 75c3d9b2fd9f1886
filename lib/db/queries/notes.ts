import { desc, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { staffNote } from '../schema'
import { recordAudit } from './audit'

export const NOTE_MAX_LENGTH = 4000

/**
 * Saves a note and its audit entry in one transaction. A second submission
 * with the same requestKey (a retried form) changes nothing and reports
 * the note already saved.
 */
export async function addNote(db: Database, input: { requestKey: string; author: { id: string; email: string }; body: string }) {
  return db.transaction(async (tx) => {
    const [note] = await tx
      .insert(staffNote)
      .values({ requestKey: input.requestKey, authorId: input.author.id, authorEmail: input.author.email, body: input.body })
      .onConflictDoNothing({ target: staffNote.requestKey })
      .returning({ id: staffNote.id })
    if (!note) return { created: false as const }
    await recordAudit(tx, { actorId: input.author.id, actorEmail: input.author.email, action: 'note-added', target: `note:${note.id}` })
    return { created: true as const, id: note.id }
  })
}

export async function listNotes(db: Database, limit = 50) {
  return db
    .select({ id: staffNote.id, body: staffNote.body, createdAt: staffNote.createdAt, author: staffNote.authorEmail })
    .from(staffNote)
    .orderBy(desc(staffNote.id))
    .limit(limit)
}

export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number]

export async function noteByRequestKey(db: Database, requestKey: string) {
  return db.select().from(staffNote).where(eq(staffNote.requestKey, requestKey))
}
