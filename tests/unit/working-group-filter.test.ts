import { describe, expect, it } from 'vitest'
import {
  allFilters,
  filterGroups,
  filterLinks,
  filterPath,
  filterPaths,
  parseFilter,
  UNFILTERED,
  type FilterableGroup,
} from '@/lib/working-group-filter'

interface Group extends FilterableGroup {
  name: string
}

const groups: Group[] = [
  { name: 'a', status: 'current', topics: ['security', 'dns'] },
  { name: 'b', status: 'current', topics: ['abuse'] },
  { name: 'c', status: 'past', topics: ['security'] },
  { name: 'd', status: 'past', topics: ['transfers', 'registrars'] },
  { name: 'e', status: 'unknown', topics: ['dns'] },
]
const names = (gs: Group[]) => gs.map((g) => g.name)
const topics = ['security', 'dns', 'abuse', 'transfers', 'registrars']

describe('filterGroups', () => {
  it('keeps everything for all/all, in order', () => {
    expect(names(filterGroups(groups, UNFILTERED))).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('filters by status', () => {
    expect(names(filterGroups(groups, { status: 'current', topic: 'all' }))).toEqual(['a', 'b'])
    expect(names(filterGroups(groups, { status: 'past', topic: 'all' }))).toEqual(['c', 'd'])
    expect(names(filterGroups(groups, { status: 'unknown', topic: 'all' }))).toEqual(['e'])
  })

  it('filters by topic, whichever position the topic has in a group', () => {
    expect(names(filterGroups(groups, { status: 'all', topic: 'security' }))).toEqual(['a', 'c'])
    expect(names(filterGroups(groups, { status: 'all', topic: 'registrars' }))).toEqual(['d'])
  })

  it('combines status and topic', () => {
    expect(names(filterGroups(groups, { status: 'current', topic: 'security' }))).toEqual(['a'])
    expect(names(filterGroups(groups, { status: 'past', topic: 'security' }))).toEqual(['c'])
  })

  it('returns an empty list when nothing matches', () => {
    expect(filterGroups(groups, { status: 'past', topic: 'abuse' })).toEqual([])
    expect(filterGroups([], { status: 'current', topic: 'dns' })).toEqual([])
  })

  it('does not change its input', () => {
    const copy = structuredClone(groups)
    filterGroups(groups, { status: 'past', topic: 'security' })
    expect(groups).toEqual(copy)
  })
})

describe('parseFilter (the route helper)', () => {
  it('accepts every status with all or a known topic', () => {
    expect(parseFilter('current', 'security', topics)).toEqual({ status: 'current', topic: 'security' })
    expect(parseFilter('all', 'all', topics)).toEqual({ status: 'all', topic: 'all' })
    expect(parseFilter('past', 'all', topics)).toEqual({ status: 'past', topic: 'all' })
    expect(parseFilter('unknown', 'dns', topics)).toEqual({ status: 'unknown', topic: 'dns' })
  })

  it('rejects unknown statuses and topics', () => {
    expect(parseFilter('soon', 'all', topics)).toBeUndefined()
    expect(parseFilter('Current', 'all', topics)).toBeUndefined()
    expect(parseFilter('', 'all', topics)).toBeUndefined()
    expect(parseFilter('current', 'nope', topics)).toBeUndefined()
    expect(parseFilter('current', 'Security', topics)).toBeUndefined()
    expect(parseFilter('all', 'constructor', topics)).toBeUndefined()
    expect(parseFilter('current', 'security', [])).toBeUndefined()
  })
})

describe('filter paths', () => {
  it('has one path per status × (all + topic), derived from the topics', () => {
    const paths = filterPaths(['security', 'dns'])
    expect(paths).toEqual([
      '/working-groups/filter/all/all',
      '/working-groups/filter/all/security',
      '/working-groups/filter/all/dns',
      '/working-groups/filter/current/all',
      '/working-groups/filter/current/security',
      '/working-groups/filter/current/dns',
      '/working-groups/filter/past/all',
      '/working-groups/filter/past/security',
      '/working-groups/filter/past/dns',
      '/working-groups/filter/unknown/all',
      '/working-groups/filter/unknown/security',
      '/working-groups/filter/unknown/dns',
    ])
    expect(filterPaths(topics)).toHaveLength(4 * (topics.length + 1))
  })

  it('parses back every filter it lists', () => {
    for (const f of allFilters(topics)) expect(parseFilter(f.status, f.topic, topics)).toEqual(f)
    expect(filterPath({ status: 'past', topic: 'dns' })).toBe('/working-groups/filter/past/dns')
  })
})

describe('filterLinks', () => {
  const links = filterLinks({
    current: { status: 'current', topic: 'dns' },
    topicIds: ['security', 'dns'],
    statusLabels: { all: 'All', current: 'Current', past: 'Past', unknown: 'Unknown' },
    allTopicsLabel: 'Any topic',
    topicLabel: (id) => id.toUpperCase(),
    href: (path) => `/fr${path}`,
  })

  it('changes the status and keeps the topic', () => {
    expect(links.status).toEqual([
      { label: 'All', href: '/fr/working-groups/filter/all/dns', current: false },
      { label: 'Current', href: '/fr/working-groups/filter/current/dns', current: true },
      { label: 'Past', href: '/fr/working-groups/filter/past/dns', current: false },
      { label: 'Unknown', href: '/fr/working-groups/filter/unknown/dns', current: false },
    ])
  })

  it('changes the topic and keeps the status, All first', () => {
    expect(links.topic).toEqual([
      { label: 'Any topic', href: '/fr/working-groups/filter/current/all', current: false },
      { label: 'SECURITY', href: '/fr/working-groups/filter/current/security', current: false },
      { label: 'DNS', href: '/fr/working-groups/filter/current/dns', current: true },
    ])
  })

  it('marks exactly one link current in each row', () => {
    for (const row of [links.status, links.topic]) expect(row.filter((l) => l.current)).toHaveLength(1)
  })
})
