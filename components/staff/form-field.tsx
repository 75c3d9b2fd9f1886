interface FormFieldProps {
  id: string
  name: string
  label: string
  type?: 'text' | 'email' | 'password'
  multiline?: boolean
  defaultValue?: string
  error?: string
  autoComplete?: string
  maxLength?: number
  required?: boolean
}

// A labelled input with its error right under it, tied by aria-describedby.
export function FormField({
  id,
  name,
  label,
  type = 'text',
  multiline,
  defaultValue,
  error,
  autoComplete,
  maxLength,
  required,
}: FormFieldProps) {
  const errorId = `${id}-error`
  const common = {
    id,
    name,
    defaultValue,
    maxLength,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    className: 'mt-1 block w-full rounded border border-slate-400 px-3 py-2',
  }
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {multiline ? <textarea rows={5} {...common} /> : <input type={type} autoComplete={autoComplete} {...common} />}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  )
}
