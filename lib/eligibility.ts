// The membership rule, from the membership page's own wording: an
// organisation does at least one of the listed activities ("…, or …, or …")
// and meets every one of the other criteria ("… and … and …"). The criteria
// themselves (labels, translations) live in content/*/pages/membership.md.

export const criterionGroups = ['activity', 'required'] as const
export type CriterionGroup = (typeof criterionGroups)[number]

export interface Criterion {
  id: string
  group: CriterionGroup
  label: string
}

export type EligibilityResult =
  | { eligible: true }
  | {
      eligible: false
      // No activity criterion ticked (only when the list has any).
      missingActivity: boolean
      // Required criteria not ticked, in the order the content lists them.
      missingRequired: Criterion[]
    }

// Where the membership page's form sends its answers (without the language).
export const ELIGIBILITY_PATH = '/membership/eligibility'
// The application form (lib/applications.ts), linked from the answer when eligible.
export const APPLY_PATH = '/membership/apply'
// The page whose front matter may carry the eligibility block.
export const ELIGIBILITY_PAGE = 'membership'
// The query parameter each ticked checkbox sends: ?c=backbone&c=affected.
export const CRITERION_PARAM = 'c'

// Query values as they arrive (one string, several, or none), reduced to
// the ids of known criteria, each once, in content order. Anything else
// (unknown ids, empty strings, non-strings) is ignored.
export function tickedCriteria(criteria: readonly Criterion[], raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : [raw]
  const given = new Set(values.filter((v): v is string => typeof v === 'string'))
  return criteria.filter((c) => given.has(c.id)).map((c) => c.id)
}

export function checkEligibility(criteria: readonly Criterion[], tickedIds: Iterable<string>): EligibilityResult {
  const ticked = new Set(tickedIds)
  const activities = criteria.filter((c) => c.group === 'activity')
  const missingActivity = activities.length > 0 && !activities.some((c) => ticked.has(c.id))
  const missingRequired = criteria.filter((c) => c.group === 'required' && !ticked.has(c.id))
  if (!missingActivity && missingRequired.length === 0) return { eligible: true }
  return { eligible: false, missingActivity, missingRequired }
}
