import type { FormState } from '@/lib/forms/validation'
import { labelled } from '@/lib/i18n/punctuation'

interface FormStatusProps<F extends string> {
  state: FormState<F>
  /** The heading of the error summary, e.g. "There is a problem". */
  problemHeading: string
  /** Each field's label, to name it in the summary. */
  labels: Record<F, string>
  /** The language's colon, between a label and its error (`punctuation.colon`). */
  colon: string
}

// The summary at the top of a form: each error as a link to its field, or
// the reason the form was refused as a whole.
export function FormStatus<F extends string>({ state, problemHeading, labels, colon }: FormStatusProps<F>) {
  const errors = Object.entries(state.errors) as [F, string][]
  if (state.status === 'invalid' && errors.length) {
    return (
      <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-4 text-red-900">
        <h2 className="font-bold">{problemHeading}</h2>
        <ul className="mt-2 list-disc ps-5">
          {errors.map(([field, message]) => (
            <li key={field}>
              <a href={`#${field}`} className="underline">
                {labelled(labels[field], colon)}
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    )
  }
  if ((state.status === 'refused' || state.status === 'invalid') && state.message) {
    return (
      <p role="alert" className="rounded border-2 border-red-800 bg-red-50 p-4 text-red-900">
        {state.message}
      </p>
    )
  }
  return null
}
