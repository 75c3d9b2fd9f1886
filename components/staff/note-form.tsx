'use client'

import { useActionState } from 'react'
import { FormField } from './form-field'
import type { NoteState } from '@/lib/auth/forms'

// requestKey is fixed when the page is rendered: submitting the same form
// twice (a retry after a lost answer) saves the note once. `permalink`: the
// page's address, where the form posts (see components/forms/action-form.tsx).
export function NoteForm({
  action,
  requestKey,
  maxLength,
  permalink,
}: {
  action: (state: NoteState, data: FormData) => Promise<NoteState>
  requestKey: string
  maxLength: number
  permalink: string
}) {
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {} }, permalink)
  return (
    <form action={formAction} noValidate className="mt-4 max-w-xl" aria-labelledby="note-form-heading">
      {state.errors.form && (
        <p role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-red-900">
          {state.errors.form}
        </p>
      )}
      <input type="hidden" name="requestKey" value={requestKey} />
      <FormField
        id="note-body"
        name="body"
        label="Note"
        multiline
        defaultValue={state.values.body}
        error={state.errors.body}
        maxLength={maxLength}
        required
      />
      <button type="submit" disabled={pending} className="mt-4 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Save note
      </button>
    </form>
  )
}
