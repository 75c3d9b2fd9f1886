import { z } from 'zod'

/**
 * What a public form's server action hands back to `useActionState` when it
 * refuses the form. Success is a redirect (Post/Redirect/Get), never a state.
 */
export type FormState<F extends string> = {
  status: 'idle' | 'invalid' | 'refused'
  values: Partial<Record<F, string | string[]>>
  errors: Partial<Record<F, string>>
  message?: string
}

export const idleState = <F extends string>(): FormState<F> => ({ status: 'idle', values: {}, errors: {} })

// C0 controls and DEL; tab and line breaks only where a field takes lines.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const LINE_BREAK_OR_TAB = /[\t\r\n]/

/** Characters nobody types into a form field (a NUL, an escape, a line break in a one-line field). */
export function hasControlCharacters(value: string, { multiline = false } = {}): boolean {
  return CONTROL.test(value) || (!multiline && LINE_BREAK_OR_TAB.test(value))
}

/** The text without those characters, for optional free text where an error would help nobody. */
export const withoutControlCharacters = (value: string, { multiline = false } = {}) =>
  value.replace(new RegExp(`${CONTROL.source}${multiline ? '' : `|${LINE_BREAK_OR_TAB.source}`}`, 'g'), multiline ? '' : ' ')

/**
 * The form's text fields as sent (files and unknown fields ignored), each
 * cut to `maxLength` so that echoing them back stays small. HTML in them is
 * kept as text: forms render values as React text, never as markup.
 */
export function formValues<F extends string>(data: FormData, fields: readonly F[], maxLength = 20_000): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {}
  for (const field of fields) {
    const value = data.get(field)
    if (typeof value === 'string') values[field] = value.slice(0, maxLength)
  }
  return values
}

/**
 * The first problem of each field, as a message key for the form's
 * translations (a zod issue's `message` is set to the key in the schema).
 */
export function fieldErrors<F extends string>(error: z.ZodError, fields: readonly F[]): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {}
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (typeof field === 'string' && (fields as readonly string[]).includes(field) && !errors[field as F])
      errors[field as F] = issue.message
  }
  return errors
}

// Markup has no place in a plain-text answer; saying so beats storing it.
const MARKUP = /<\s*[a-z!/?]/i

/**
 * A plain-text field of a public form, trimmed, its problems as message
 * keys: errorTooLong, errorRequired, errorMarkup. Line breaks only where the
 * field takes lines: a name or an address that carries one was not typed
 * into the form (and would end up in a mail header).
 */
export const plainText = (max: number, { optional = false, multiline = false } = {}) =>
  z
    .string()
    .trim()
    .max(max, 'errorTooLong')
    .refine((v) => optional || v.length > 0, 'errorRequired')
    .refine((v) => !MARKUP.test(v) && !hasControlCharacters(v, { multiline }), 'errorMarkup')

/** An e-mail address as people type one (errorEmail), the mail server having the last word. */
export const emailAddress = (max: number) => plainText(max).refine((v) => !v || /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v), 'errorEmail')
