// The public member list: what /{locale}/members and its filtered view show
// of the members in good standing (lib/db/queries/members.ts decides which
// names may be shown), in the visitor's language: countries named by
// Intl.DisplayNames, organisations sorted by Intl.Collator.
import { countryName, isCountryCode } from '../countries'
import { type OrganisationKind, organisationKinds } from '../db/schema'

export const MEMBERS_PATH = '/members'
// The list filtered by country and kind, a GET form's target (works without
// JavaScript); rendered for each request like search, since the choice is
// in the query string while /members stays one cacheable page.
export const MEMBERS_FILTER_PATH = '/members/filter'

export interface ListedMemberRow {
  id: number
  organisation: string
  kind: OrganisationKind
  country: string
  website: string
  memberSince: string
  representative: string | null
}

export interface MemberFilter {
  country?: string
  kind?: OrganisationKind
}

/** The filter from a query string; anything unknown is ignored. */
export function memberFilter(params: Record<string, string | string[] | undefined>): MemberFilter {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''
  const country = one(params.country).toUpperCase()
  const kind = one(params.kind) as OrganisationKind
  return {
    country: isCountryCode(country) ? country : undefined,
    kind: organisationKinds.includes(kind) ? kind : undefined,
  }
}

export interface MemberView {
  id: number
  organisation: string
  website: string
  kind: OrganisationKind
  country: string
  countryName: string
  since: string
  representative: string | null
}

export interface Directory {
  members: MemberView[]
  // The choices of the filter form: only countries that have a member.
  countries: { code: string; name: string }[]
  kinds: readonly OrganisationKind[]
  // How many members in good standing there are, whatever the filter.
  total: number
}

export function memberDirectory(rows: readonly ListedMemberRow[], locale: string, filter: MemberFilter = {}): Directory {
  const collator = new Intl.Collator(locale)
  const all = rows.map((row) => ({
    id: row.id,
    organisation: row.organisation,
    website: row.website,
    kind: row.kind,
    country: row.country,
    countryName: countryName(row.country, locale),
    since: row.memberSince.slice(0, 4),
    representative: row.representative,
  }))
  const named = new Map(all.map((m) => [m.country, m.countryName]))
  // A filter's country stays a choice when no member is left there.
  if (filter.country && !named.has(filter.country)) named.set(filter.country, countryName(filter.country, locale))
  const countries = [...named.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => collator.compare(a.name, b.name))
  const members = all
    .filter((m) => (!filter.country || m.country === filter.country) && (!filter.kind || m.kind === filter.kind))
    .sort((a, b) => collator.compare(a.organisation, b.organisation) || a.id - b.id)
  return { members, countries, kinds: organisationKinds, total: all.length }
}
