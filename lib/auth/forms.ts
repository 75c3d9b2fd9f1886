// Checks the desk's form input before anything reaches the database; every
// problem becomes a message next to its field, never an exception.
import { isAPIError } from 'better-auth/api'
import { NOTE_MAX_LENGTH } from '@/lib/db/queries/notes'
import { PASSWORD_MAX_LENGTH } from '@/lib/db/queries/staff'
import { hasControlCharacters } from '@/lib/forms/validation'

// What a desk form's server action hands back to its form: the input to
// show again and an error per field (or for the whole form).
export interface FormState<Field extends string> {
  values: Partial<Record<Field, string>>
  errors: Partial<Record<Field | 'form', string>>
}
export type SignInState = FormState<'email' | 'password'>
export type NoteState = FormState<'body'>
export type EmailSearchState = FormState<'email'>

const EMAIL_MAX_LENGTH = 320
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const REQUEST_KEY = /^[A-Za-z0-9_-]{16,64}$/

const text = (data: FormData, name: string) => {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}

const validEmail = (email: string) => email.length <= EMAIL_MAX_LENGTH && EMAIL.test(email) && !hasControlCharacters(email)

/** An address to search for (a privacy request, the audit log). */
export function validateEmailSearch(data: FormData): Checked<{ email: string }, EmailSearchState> {
  const email = text(data, 'email').trim()
  if (validEmail(email)) return { ok: true, email }
  return {
    ok: false,
    state: {
      values: { email: email.slice(0, EMAIL_MAX_LENGTH) },
      errors: { email: email ? 'Enter a valid email address.' : 'Enter an email address.' },
    },
  }
}

type Checked<T, S> = ({ ok: true } & T) | { ok: false; state: S }

export function validateSignIn(data: FormData): Checked<{ email: string; password: string }, SignInState> {
  const email = text(data, 'email').trim()
  const password = text(data, 'password')
  const errors: SignInState['errors'] = {}
  if (!email) errors.email = 'Enter your email address.'
  else if (!validEmail(email)) errors.email = 'Enter a valid email address.'
  if (!password) errors.password = 'Enter your password.'
  else if (password.includes('\u0000')) errors.password = 'The email or the password is not right.'
  else if (password.length > PASSWORD_MAX_LENGTH) errors.password = `A password has at most ${PASSWORD_MAX_LENGTH} characters.`
  if (Object.keys(errors).length) return { ok: false, state: { values: { email: email.slice(0, EMAIL_MAX_LENGTH) }, errors } }
  return { ok: true, email, password }
}

/** What to tell someone whose sign-in Better Auth refused. */
export function signInProblem(error: unknown): SignInState['errors'] {
  if (isAPIError(error) && error.statusCode === 429) return { form: error.message || 'Too many attempts. Try again later.' }
  if (isAPIError(error) && (error.statusCode === 401 || error.statusCode === 400 || error.statusCode === 403)) {
    return { password: 'The email or the password is not right.' }
  }
  throw error
}

export function validateNote(data: FormData): Checked<{ body: string; requestKey: string }, NoteState> {
  const body = text(data, 'body').trim()
  const requestKey = text(data, 'requestKey')
  if (!REQUEST_KEY.test(requestKey))
    return {
      ok: false,
      state: {
        values: { body: body.slice(0, NOTE_MAX_LENGTH) },
        errors: { form: 'This form has expired: reload the page and try again.' },
      },
    }
  if (!body) return { ok: false, state: { values: {}, errors: { body: 'Write a note first.' } } }
  if (hasControlCharacters(body, { multiline: true }))
    return {
      ok: false,
      state: {
        values: { body: body.slice(0, NOTE_MAX_LENGTH) },
        errors: { body: 'Remove the control characters (such as a NUL or an escape) from the note.' },
      },
    }
  if (body.length > NOTE_MAX_LENGTH)
    return {
      ok: false,
      state: {
        values: { body: body.slice(0, NOTE_MAX_LENGTH) },
        errors: { body: `A note has at most ${NOTE_MAX_LENGTH} characters (this one has ${body.length}).` },
      },
    }
  return { ok: true, body, requestKey }
}
