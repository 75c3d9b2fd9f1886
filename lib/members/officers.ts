// The officers' rules, from the constituency's structure (seed 001): "the
// Chairperson, elected by the committee, the elected ISPCP constituency
// member(s) serving on the GNSO Council, the ISPCP member elected to serve on
// the Commercial Stakeholder Group Executive and his alternate, resulting in
// a maximum of 5 ISPCP officers". How many sit on the GNSO Council the source
// leaves open: an admin sets it (default 2).
import { type OfficerRole, officerRoles } from '../db/schema'

export { officerRoles, type OfficerRole }

export const MAX_OFFICERS = 5
export const DEFAULT_GNSO_COUNCILLORS = 2

export const isOfficerRole = (value: unknown): value is OfficerRole => officerRoles.includes(value as OfficerRole)

export interface Term {
  termStart: string
  termEnd: string
}

export interface OfficerTerm extends Term {
  role: OfficerRole
}

export type OfficerProblem = 'term-order' | 'role-full' | 'too-many'

/** How many may hold the role at the same time. */
export const seatsOf = (role: OfficerRole, gnsoCouncillors: number) => (role === 'gnso-councillor' ? gnsoCouncillors : 1)

const holds = (term: Term, day: string) => term.termStart <= day && day <= term.termEnd

/**
 * Why the candidate cannot be added to the officers there are, if it cannot:
 * at no day of its term may the role hold more than its seats, nor the
 * constituency more than five officers. Terms are ISO dates, both days included.
 */
export function officerProblem(
  existing: readonly OfficerTerm[],
  candidate: OfficerTerm,
  gnsoCouncillors: number,
): OfficerProblem | undefined {
  if (candidate.termEnd < candidate.termStart) return 'term-order'
  // The number of officers only grows on a day someone's term starts: the
  // candidate's first day and every start within its term are the days to count.
  const days = [candidate.termStart, ...existing.map((o) => o.termStart).filter((day) => holds(candidate, day))]
  const over = (day: string, limit: number, of: (o: OfficerTerm) => boolean) =>
    existing.filter((o) => holds(o, day) && of(o)).length + 1 > limit
  // The role's own seats first: the more precise reason when both apply.
  if (days.some((day) => over(day, seatsOf(candidate.role, gnsoCouncillors), (o) => o.role === candidate.role))) return 'role-full'
  if (days.some((day) => over(day, MAX_OFFICERS, () => true))) return 'too-many'
  return undefined
}

/** Officers serving on `today`, and those whose term has ended (the most recent first); later terms are not shown yet. */
export function servingAndPast<T extends OfficerTerm>(officers: readonly T[], today: string): { current: T[]; past: T[] } {
  const order = (a: T, b: T) => officerRoles.indexOf(a.role) - officerRoles.indexOf(b.role) || a.termStart.localeCompare(b.termStart)
  return {
    current: officers.filter((o) => holds(o, today)).sort(order),
    past: officers.filter((o) => o.termEnd < today).sort((a, b) => b.termEnd.localeCompare(a.termEnd) || order(a, b)),
  }
}

/** Today's date in UTC, as the database's `date` columns hold it. */
export const utcToday = (now = new Date()) => now.toISOString().slice(0, 10)

// The content page (content/<language>/pages/structure.md) that shows the officers.
export const STRUCTURE_PAGE = 'structure'
