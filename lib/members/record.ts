// The desk's member form: the application form's checks for the
// organisation and its representative (lib/applications.ts), plus what only
// the desk sets. Each problem is a message key of the `apply` namespace
// (the desk shows the English ones), or `errorDate`.
import { z } from 'zod'
import { consentBox, LIMITS, organisationShape } from '../applications'
import { type MemberStanding, memberStandings } from '../db/schema'
import { fieldErrors, formValues } from '../forms/validation'

export const memberFields = [
  'organisation',
  'kind',
  'country',
  'website',
  'representative',
  'email',
  'listRepresentative',
  'memberSince',
  'standing',
] as const
export type MemberField = (typeof memberFields)[number]

export interface MemberInput {
  organisation: string
  kind: (typeof organisationShape.kind.options)[number]
  country: string
  website: string
  representative: string
  email: string
  listRepresentative: boolean
  memberSince: string
  standing: MemberStanding
}

// A real calendar day, written as <input type="date"> sends it.
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  // 2026-02-30 parses as 2 March, 2026-13-01 not at all: a real day reads back the same.
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}

const isoDate = z.string().refine(isIsoDate, 'errorDate')

const schema = z.object({
  ...organisationShape,
  listRepresentative: consentBox,
  memberSince: isoDate,
  standing: z.enum(memberStandings, 'errorChoose'),
})

export type MemberCheck =
  | { ok: true; input: MemberInput }
  | { ok: false; errors: Partial<Record<MemberField, string>>; values: Partial<Record<MemberField, string>> }

export function checkMember(data: FormData): MemberCheck {
  const values = formValues(data, memberFields, LIMITS.website + 100)
  const parsed = schema.safeParse(
    Object.fromEntries(memberFields.map((f) => [f, data.get(f) ?? (f === 'listRepresentative' ? undefined : '')])),
  )
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, memberFields), values }
  return { ok: true, input: parsed.data }
}
