import { randomBytes } from 'node:crypto'
import type { Metadata } from 'next'
import { NoteForm } from '@/components/staff/note-form'
import { NoteList } from '@/components/staff/note-list'
import { forbidden, redirect } from 'next/navigation'
import { allows, requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { listNotes, NOTE_MAX_LENGTH } from '@/lib/db/queries/notes'
import { saveNote } from './actions'
import { DeskPage } from './desk-page'

export const metadata: Metadata = { title: 'Desk' }

type Props = { searchParams: Promise<{ saved?: string }> }

export default async function DeskHome({ searchParams }: Props) {
  // Signing in lands here: an editor's desk is the content.
  const staff = await requireStaff()
  if (staff.role === 'editor') redirect('/staff/content')
  if (!allows(staff, ['moderator', 'secretariat'])) forbidden()
  const [notes, { saved }] = await Promise.all([listNotes(getDb()), searchParams])
  return (
    <DeskPage staff={staff} title="Staff desk">
      {saved && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          Note saved.
        </p>
      )}
      <h2 id="note-form-heading" className="mt-8 text-xl font-semibold">
        Add a note
      </h2>
      <NoteForm action={saveNote} requestKey={randomBytes(18).toString('base64url')} maxLength={NOTE_MAX_LENGTH} permalink="/staff" />
      <h2 className="mt-10 text-xl font-semibold">Latest notes</h2>
      <NoteList notes={notes} />
    </DeskPage>
  )
}
