// The membership application form's contract: its field names, their
// limits and the server's checks. Each problem is a message key of the
// `apply` namespace (lib/i18n/messages), translated by the action.
import { z } from 'zod'
import { isCountryCode } from './countries'
import { APPLY_PATH, type Criterion, checkEligibility } from './eligibility'
import { organisationKinds } from './db/schema'
import type { ApplicationInput } from './db/queries/applications'
import { STATEMENT_MAX_LENGTH } from './db/queries/applications'
import { emailAddress, fieldErrors, formValues, plainText as plain } from './forms/validation'

export { APPLY_PATH }

// Post/Redirect/Get: a stored application answers with a redirect to the
// form's page with its reference in this parameter, so reloading the
// confirmation reads it again instead of sending the form again. Only the
// reference travels: nothing the applicant typed is in the address.
export const RECEIVED_PARAM = 'received'

// The shape applicationReference (lib/db/queries/applications.ts) makes;
// anything else in the parameter shows the form.
export const isApplicationReference = (value: unknown): value is string => typeof value === 'string' && /^ISPCP-\d{4}-\d{4,12}$/.test(value)

export const receivedQuery = (reference: string) => `?${new URLSearchParams({ [RECEIVED_PARAM]: reference })}`

export const applicationFields = [
  'organisation',
  'kind',
  'country',
  'website',
  'representative',
  'email',
  'phone',
  'criteria',
  'statement',
  'listRepresentative',
  'declaration',
] as const
export type ApplicationField = (typeof applicationFields)[number]

export const LIMITS = {
  organisation: 200,
  website: 300,
  representative: 200,
  email: 320,
  phone: 40,
  statement: STATEMENT_MAX_LENGTH,
} as const

// The organisation and its representative: the application form's fields,
// checked the same way where the desk enters a member by hand (lib/members).
export const organisationShape = {
  organisation: plain(LIMITS.organisation),
  kind: z.enum(organisationKinds, 'errorChoose'),
  country: z.string().refine(isCountryCode, 'errorCountry'),
  website: plain(LIMITS.website).refine((v) => {
    if (!v) return true
    try {
      const url = new URL(v)
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
    } catch {
      return false
    }
  }, 'errorWebsite'),
  representative: plain(LIMITS.representative),
  email: emailAddress(LIMITS.email),
}

// A ticked consent checkbox sends "yes"; an unticked one sends nothing.
export const consentBox = z.preprocess((v) => v === 'yes', z.boolean())

const schema = z.object({
  ...organisationShape,
  phone: plain(LIMITS.phone, { optional: true }).refine((v) => !v || /^\+?[0-9 ()-]{4,40}$/.test(v), 'errorPhone'),
  statement: plain(LIMITS.statement, { multiline: true }),
  listRepresentative: consentBox,
  declaration: z.literal('yes', 'errorDeclaration'),
})

export type ApplicationCheck =
  | { ok: true; input: Omit<ApplicationInput, 'submission' | 'locale'> }
  | { ok: false; errors: Partial<Record<ApplicationField, string>>; values: Partial<Record<ApplicationField, string | string[]>> }

/** Checks a sent form against the contract and the membership rule (lib/eligibility.ts). */
export function checkApplication(data: FormData, criteria: readonly Criterion[]): ApplicationCheck {
  const values: Partial<Record<ApplicationField, string | string[]>> = formValues(data, applicationFields, LIMITS.statement + 1000)
  const sentCriteria = data.getAll('criteria').filter((v): v is string => typeof v === 'string')
  values.criteria = sentCriteria.slice(0, 50)
  const parsed = schema.safeParse(
    Object.fromEntries(
      applicationFields.map((f) => [f, data.get(f) ?? (f === 'declaration' || f === 'listRepresentative' ? undefined : '')]),
    ),
  )
  const errors: Partial<Record<ApplicationField, string>> = parsed.success ? {} : fieldErrors(parsed.error, applicationFields)
  const known = new Set(criteria.map((c) => c.id))
  if (sentCriteria.some((id) => !known.has(id))) errors.criteria = 'errorCriteria'
  else if (!checkEligibility(criteria, sentCriteria).eligible) errors.criteria = 'errorNotEligible'
  if (!parsed.success || errors.criteria) return { ok: false, errors, values }
  const d = parsed.data
  return {
    ok: true,
    input: {
      organisation: d.organisation,
      kind: d.kind,
      country: d.country,
      website: d.website,
      representative: d.representative,
      email: d.email,
      phone: d.phone || null,
      criteria: criteria.filter((c) => sentCriteria.includes(c.id)).map((c) => c.id),
      statement: d.statement,
      listRepresentative: d.listRepresentative,
    },
  }
}
