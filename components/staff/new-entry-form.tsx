'use client'

import { useActionState } from 'react'
import type { NewEntryState } from '@/lib/editing/new-entry'
import { FormField } from './form-field'

interface Props {
  action: (state: NewEntryState, data: FormData) => Promise<NewEntryState>
  // The languages a new English file can open translations in.
  languages: { locale: string; name: string }[]
}

export function NewEntryForm({ action, languages }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {} }, '/staff/content/new')
  const error = state.errors.collection
  return (
    <form action={formAction} noValidate className="mt-6 max-w-xl">
      <fieldset aria-describedby={error ? 'collection-error' : undefined}>
        <legend className="font-medium">What</legend>
        {[
          ['working-groups', 'A working group'],
          ['publications', 'A publication'],
        ].map(([value, label]) => (
          <label key={value} className="mt-2 flex items-center gap-2">
            <input type="radio" name="collection" value={value} defaultChecked={(state.values.collection ?? 'working-groups') === value} />
            {label}
          </label>
        ))}
        {error && (
          <p id="collection-error" className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </fieldset>
      <FormField
        id="slug"
        name="slug"
        label="File name (lower-case words joined by -; it becomes the address)"
        defaultValue={state.values.slug}
        error={state.errors.slug}
        maxLength={80}
        required
      />
      <fieldset className="mt-4">
        <legend className="font-medium">Open translations (optional)</legend>
        <p className="text-sm text-slate-700">
          Nothing is written for them until someone translates: the content list shows each as missing, with a link to translate it.
        </p>
        {languages.map(({ locale, name }) => (
          <label key={locale} className="mt-2 flex items-center gap-2">
            <input type="checkbox" name="translations" value={locale} defaultChecked={state.values.translations?.includes(locale)} />
            {name}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className="mt-4 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Open the form
      </button>
    </form>
  )
}
