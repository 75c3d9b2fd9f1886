import type { MemberFilter } from '../db/queries/members'
import { type MemberStanding, memberStandings } from '../db/schema'

/** The desk's member list filters from a query string; anything unknown is ignored. */
export function deskMemberFilter(params: URLSearchParams): MemberFilter {
  const standing = params.get('standing') ?? ''
  const search = (params.get('q') ?? '').trim().slice(0, 200)
  return {
    standing: memberStandings.includes(standing as MemberStanding) ? (standing as MemberStanding) : undefined,
    search: search || undefined,
  }
}
