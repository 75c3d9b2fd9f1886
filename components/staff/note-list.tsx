import type { NoteRow } from '@/lib/db/queries/notes'

export function NoteList({ notes }: { notes: NoteRow[] }) {
  if (!notes.length) return <p className="mt-4">No notes yet.</p>
  return (
    <ul className="mt-4 space-y-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded border border-slate-300 p-3">
          <p className="text-sm text-slate-700">
            {note.author}, {note.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC
          </p>
          <p className="mt-1 whitespace-pre-wrap">{note.body}</p>
        </li>
      ))}
    </ul>
  )
}
