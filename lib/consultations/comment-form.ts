// The comment form's contract (field names) and its server-side checks.
import { z } from 'zod'
import { COMMENT_MAX_LENGTH, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, ORGANISATION_MAX_LENGTH } from '../db/queries/comments'
import { type FormState, hasControlCharacters } from '../forms/validation'

export const COMMENT_FIELDS = ['name', 'organisation', 'email', 'point', 'comment', 'consent'] as const
export type CommentField = (typeof COMMENT_FIELDS)[number]
export type CommentState = FormState<CommentField>

// Messages are keys of consultations.errors; line breaks are normalised so
// that a comment typed on any system counts (and shows) the same.
// A NUL would fail in PostgreSQL, other controls are no text anyone typed.
const typed = (options?: { multiline: boolean }) => z.string().refine((v) => !hasControlCharacters(v, options), 'controlCharacters')

/** The form of a statement with `points` numbered points. */
export const commentSchema = (points: number) =>
  z.object({
    name: z.string('nameRequired').trim().min(1, 'nameRequired').max(NAME_MAX_LENGTH, 'nameTooLong').pipe(typed()),
    organisation: z.string().trim().max(ORGANISATION_MAX_LENGTH, 'organisationTooLong').pipe(typed()).default(''),
    email: z.string('emailInvalid').trim().max(EMAIL_MAX_LENGTH, 'emailInvalid').pipe(typed()).pipe(z.email('emailInvalid')),
    // Empty: the whole draft (also when the field is missing, as from a form
    // rendered before the statement had points).
    point: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || (/^[1-9][0-9]{0,5}$/.test(v) && Number(v) <= points), 'pointUnknown')
      .transform((v) => (v === '' ? null : Number(v))),
    comment: z
      .string('commentRequired')
      .transform((s) => s.replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().min(1, 'commentRequired').max(COMMENT_MAX_LENGTH, 'commentTooLong'))
      .pipe(typed({ multiline: true })),
    consent: z.literal('yes', 'consentRequired'),
  })

export type CommentInput = z.infer<ReturnType<typeof commentSchema>>

/** The limit each "too long" message names. */
export const LIMITS: Partial<Record<string, number>> = {
  nameTooLong: NAME_MAX_LENGTH,
  organisationTooLong: ORGANISATION_MAX_LENGTH,
  commentTooLong: COMMENT_MAX_LENGTH,
}

/** Per address and per e-mail: generous for people, tight for floods. */
export const COMMENT_RATE = { perAddress: { limit: 20, windowSeconds: 3600 }, perEmail: { limit: 5, windowSeconds: 3600 } }
