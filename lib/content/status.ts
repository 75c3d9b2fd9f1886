import type { GroupStatusData } from './schemas'

// After this long without a source confirming it, a status is shown as
// "not confirmed since <date>" instead of as a present fact.
export const STATUS_FRESH_YEARS = 2

export interface StatusConfirmation {
  // True when no source has confirmed the status for STATUS_FRESH_YEARS.
  stale: boolean
  // The confirmation date as written (YYYY, YYYY-MM or YYYY-MM-DD), for
  // "as of <date>" and "not confirmed since <date>".
  asOf: string
}

// The last day `asOf` can mean, `years` later: "2012" may have been
// confirmed as late as 31 December 2012, so a status is never called stale
// before its time. (Adding the years first keeps "2024-02" ending on
// 28 February 2026, not on 1 March.)
function lastDayOf(asOf: string, years: number): number {
  const [y, month, day] = asOf.split('-').map(Number) as [number, number?, number?]
  const year = y + years
  if (day !== undefined) return Date.UTC(year, month! - 1, day)
  if (month !== undefined) return Date.UTC(year, month, 0)
  return Date.UTC(year, 11, 31)
}

export function statusConfirmation(status: Pick<GroupStatusData, 'asOf'>, today: Date): StatusConfirmation {
  // Whole days: a status confirmed on 15 March 2024 is fresh all through 15 March 2026.
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return { stale: day > lastDayOf(status.asOf, STATUS_FRESH_YEARS), asOf: status.asOf }
}
