import { randomUUID } from 'node:crypto'

/**
 * Every rendered form carries a hidden `submission` id made when the page
 * was rendered; the table storing what was sent has it as a UNIQUE column,
 * so the same form sent twice (a double click, back and resend) is stored
 * once (INSERT … ON CONFLICT DO NOTHING, then SELECT).
 */
export const SUBMISSION_FIELD = 'submission'

export const newSubmissionId = (): string => randomUUID()

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** The form's submission id, or undefined if it is missing or was tampered with. */
export function submissionId(data: FormData): string | undefined {
  const value = data.get(SUBMISSION_FIELD)
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : undefined
}
