// How the desk and the Secretariat's notification show an application: what
// the applicant chose, in the public form's own English wording (the kinds
// from lib/i18n/messages/en.json, the criteria from the membership page's
// content), never the ids the database stores ("commercial-entity",
// "transit, affected").
import { countryName } from './countries'
import type { Application } from './db/queries/applications'
import type { ApplicationStatus, OrganisationKind } from './db/schema'
import type { Criterion } from './eligibility'
import { englishLanguageName } from './i18n/config'
import en from './i18n/messages/en.json'

// The message of each kind's radio button on the form (apply.*).
export const kindMessages = {
  'commercial-entity': 'kindCommercial',
  'trade-association': 'kindAssociation',
} as const satisfies Record<OrganisationKind, keyof typeof en.apply>

export const statusLabels: Record<ApplicationStatus, string> = {
  received: 'Received',
  'under-review': 'Under review',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
}

// A criterion the content no longer lists (reworded or removed since the
// application came in) is shown by its id rather than dropped.
export function criterionLabels(ids: readonly string[], criteria: readonly Criterion[]): string[] {
  return ids.map((id) => criteria.find((c) => c.id === id)?.label ?? id)
}

export type Fact = [term: string, value: string | string[]]

// What the applicant sent, in the order of the form.
export function applicationFacts(a: Application, criteria: readonly Criterion[]): Fact[] {
  return [
    ['Organisation', a.organisation],
    ['Kind', en.apply[kindMessages[a.kind]]],
    ['Country', `${countryName(a.country, 'en')} (${a.country})`],
    ['Website', a.website],
    ['Representative', a.representative],
    ['E-mail', a.email],
    ['Phone', a.phone ?? '—'],
    ['Name may be listed publicly', a.listRepresentative ? 'Yes' : 'No'],
    ['Criteria ticked', criterionLabels(a.criteria, criteria)],
    ['Language', englishLanguageName(a.locale)],
  ]
}
