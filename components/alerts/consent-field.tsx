import type { ReactNode } from 'react'

// The `consent` checkbox with its hint (a link to the privacy notice) and
// its error, as the comment form has it.
export function ConsentField({ label, hint, error, checked }: { label: string; hint: ReactNode; error?: string; checked: boolean }) {
  return (
    <div className="mt-5">
      {error && (
        <p id="consent-error" className="text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
      <div className="mt-1 flex items-start gap-3">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          value="yes"
          required
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={['consent-hint', error && 'consent-error'].filter(Boolean).join(' ')}
          className="mt-1 size-5"
        />
        <label htmlFor="consent">{label}</label>
      </div>
      <p id="consent-hint" className="mt-1 ms-8 text-sm text-slate-700">
        {hint}
      </p>
    </div>
  )
}
