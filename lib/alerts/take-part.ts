// The "I would like to take part" form's contract: `name`, `organisation`
// (optional), `email`, `message` (optional) and `consent`. Each problem is
// a message key of the `calls` namespace, translated by the action.
import { z } from 'zod'
import { emailAddress, fieldErrors, formValues, plainText } from '../forms/validation'

export const takePartFields = ['name', 'organisation', 'email', 'message', 'consent'] as const
export type TakePartField = (typeof takePartFields)[number]

export const TAKE_PART_LIMITS = { name: 200, organisation: 200, email: 320, message: 4000 } as const

const schema = z.object({
  name: plainText(TAKE_PART_LIMITS.name),
  organisation: plainText(TAKE_PART_LIMITS.organisation, { optional: true }),
  email: emailAddress(TAKE_PART_LIMITS.email),
  message: plainText(TAKE_PART_LIMITS.message, { optional: true, multiline: true }),
  consent: z.literal('yes', 'errorConsent'),
})

export type TakePartInput = { name: string; organisation: string | null; email: string; message: string | null }

export type TakePartCheck =
  | { ok: true; input: TakePartInput }
  | { ok: false; errors: Partial<Record<TakePartField, string>>; values: Partial<Record<TakePartField, string>> }

export function checkTakePart(data: FormData): TakePartCheck {
  const values = formValues(data, takePartFields, TAKE_PART_LIMITS.message + 1000)
  const parsed = schema.safeParse(Object.fromEntries(takePartFields.map((f) => [f, data.get(f) ?? (f === 'consent' ? undefined : '')])))
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, takePartFields), values }
  const d = parsed.data
  return { ok: true, input: { name: d.name, organisation: d.organisation || null, email: d.email, message: d.message || null } }
}
