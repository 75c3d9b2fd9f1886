import { cloneElement, type ReactElement } from 'react'

interface ControlProps {
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

interface FormFieldProps {
  /** The control's name; its id is the same, its error paragraph `${name}-error`. */
  name: string
  label: string
  hint?: string
  error?: string
  optional?: string
  /** An input, textarea or select; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<ControlProps>
}

export const controlClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base'

// A label, a control, a hint and the field's error right under it, tied to
// the control by aria-describedby, so a screen reader reads them with it.
export function FormField({ name, label, hint, error, optional, children }: FormFieldProps) {
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = error ? `${name}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className="mt-5">
      <label htmlFor={name} className="block font-semibold">
        {label}
        {optional && <span className="ms-2 font-normal text-slate-700">{optional}</span>}
      </label>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
      {cloneElement(children, { id: name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  )
}
