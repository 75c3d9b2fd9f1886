// How the desk (English only) names standings, kinds and officer roles; kinds
// and roles in the public site's English wording (the messages).
import { countryOptions } from '../countries'
import { type MemberStanding, memberStandings, type OfficerRole, type OrganisationKind, organisationKinds } from '../db/schema'
import en from '../i18n/messages/en.json'

export const standingLabels: Record<MemberStanding, string> = {
  'good-standing': 'In good standing',
  lapsed: 'Lapsed',
  resigned: 'Resigned',
}

export const officerRoleLabels: Record<OfficerRole, string> = en.officers.roles

const kindLabels: Record<OrganisationKind, string> = en.members.kinds

/** The choices of the desk's member form, in English. */
export const memberFormChoices = () => ({
  countries: countryOptions('en'),
  kinds: organisationKinds.map((value) => ({ value, label: kindLabels[value] })),
  standings: memberStandings.map((value) => ({ value, label: standingLabels[value] })),
})
