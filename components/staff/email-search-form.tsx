'use client'

import { useActionState } from 'react'
import type { EmailSearchState } from '@/lib/auth/forms'
import { FormField } from './form-field'

// A search by e-mail address, sent as a POST so the address stays out of
// URLs and logs: the action answers with a redirect, or with the error next
// to the field and the address kept.
export function EmailSearchForm({
  action,
  label,
  submit,
  permalink,
}: {
  action: (state: EmailSearchState, data: FormData) => Promise<EmailSearchState>
  label: string
  submit: string
  /** The page's address, where the form posts (components/forms/action-form.tsx). */
  permalink: string
}) {
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {} }, permalink)
  return (
    <form action={formAction} noValidate className="mt-6 max-w-xl">
      <FormField
        id="search-email"
        name="email"
        type="email"
        label={label}
        defaultValue={state.values.email}
        error={state.errors.email}
        autoComplete="off"
        maxLength={320}
        required
      />
      <button type="submit" disabled={pending} className="mt-3 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        {submit}
      </button>
    </form>
  )
}
