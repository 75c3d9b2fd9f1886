'use client'

import { useActionState } from 'react'
import { FormField } from './form-field'
import type { SignInState } from '@/lib/auth/forms'

// A server action form: without JavaScript it is a plain POST, and the
// server renders the answer (errors next to the fields, the address kept).
// `permalink`: the sign-in page's address, where the form posts (without it
// React writes action="", which is invalid HTML).
export function SignInForm({
  action,
  permalink,
}: {
  action: (state: SignInState, data: FormData) => Promise<SignInState>
  permalink: string
}) {
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {} }, permalink)
  return (
    <form action={formAction} noValidate className="mt-6 max-w-sm">
      {state.errors.form && (
        <p role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-red-900">
          {state.errors.form}
        </p>
      )}
      <FormField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        defaultValue={state.values.email}
        error={state.errors.email}
        maxLength={320}
        required
      />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={state.errors.password}
        maxLength={256}
        required
      />
      <button type="submit" disabled={pending} className="mt-6 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Sign in
      </button>
    </form>
  )
}
