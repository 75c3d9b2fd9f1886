import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content'
import { type ListedMemberRow, memberDirectory, memberFilter } from '@/lib/members/directory'
import { MAX_OFFICERS, type OfficerTerm, officerProblem, servingAndPast, utcToday } from '@/lib/members/officers'
import { checkMember, isIsoDate } from '@/lib/members/record'
import { livePaths, sitePaths } from '@/lib/routes'
import { fixtureWith } from './content-fixture'

const term = (role: OfficerTerm['role'], termStart: string, termEnd: string): OfficerTerm => ({ role, termStart, termEnd })

describe('officer limits', () => {
  const full = [
    term('chair', '2026-01-01', '2026-12-31'),
    term('gnso-councillor', '2026-01-01', '2026-12-31'),
    term('gnso-councillor', '2026-01-01', '2026-12-31'),
    term('csg-executive', '2026-01-01', '2026-12-31'),
    term('csg-executive-alternate', '2026-01-01', '2026-12-31'),
  ]

  it('takes each role up to its seats, and the GNSO Council up to the number set', () => {
    expect(officerProblem([], term('chair', '2026-01-01', '2026-12-31'), 2)).toBeUndefined()
    expect(officerProblem(full.slice(0, 1), term('chair', '2026-06-01', '2026-06-30'), 2)).toBe('role-full')
    expect(officerProblem(full.slice(0, 2), term('gnso-councillor', '2026-03-01', '2027-02-28'), 2)).toBeUndefined()
    expect(officerProblem(full.slice(0, 3), term('gnso-councillor', '2026-03-01', '2027-02-28'), 2)).toBe('role-full')
    expect(officerProblem(full.slice(0, 3), term('gnso-councillor', '2026-03-01', '2027-02-28'), 3)).toBeUndefined()
  })

  it(`refuses a sixth officer at once, whatever the seats (at most ${MAX_OFFICERS})`, () => {
    expect(officerProblem(full, term('gnso-councillor', '2026-12-31', '2027-12-31'), 3)).toBe('too-many')
    // A sixth role-holder whose term starts the day after the others end is no sixth at once.
    expect(officerProblem(full, term('gnso-councillor', '2027-01-01', '2027-12-31'), 3)).toBeUndefined()
  })

  it('counts the officers on every day of the new term, not only its first', () => {
    const later = [term('chair', '2026-07-01', '2026-12-31')]
    expect(officerProblem(later, term('chair', '2026-01-01', '2026-06-30'), 2)).toBeUndefined()
    expect(officerProblem(later, term('chair', '2026-01-01', '2026-07-01'), 2)).toBe('role-full')
    // Two councillors in turn, then a third across both: never more than two at once.
    const inTurn = [term('gnso-councillor', '2026-01-01', '2026-06-30'), term('gnso-councillor', '2026-07-01', '2026-12-31')]
    expect(officerProblem(inTurn, term('gnso-councillor', '2026-01-01', '2026-12-31'), 2)).toBeUndefined()
    expect(
      officerProblem(
        [...inTurn, term('gnso-councillor', '2026-05-01', '2026-05-31')],
        term('gnso-councillor', '2026-01-01', '2026-12-31'),
        2,
      ),
    ).toBe('role-full')
  })

  it('refuses a term that ends before it starts', () => {
    expect(officerProblem([], term('chair', '2026-02-01', '2026-01-31'), 2)).toBe('term-order')
  })

  it('shows serving officers by role and past ones most recent first; later terms not yet', () => {
    const officers = [
      { id: 1, ...term('csg-executive', '2026-01-01', '2026-12-31') },
      { id: 2, ...term('chair', '2025-01-01', '2026-12-06') },
      { id: 3, ...term('chair', '2023-01-01', '2023-12-31') },
      { id: 4, ...term('chair', '2024-01-01', '2024-12-31') },
      { id: 5, ...term('gnso-councillor', '2027-01-01', '2027-12-31') },
    ]
    const { current, past } = servingAndPast(officers, '2026-12-06')
    expect(current.map((o) => o.id)).toEqual([2, 1])
    expect(past.map((o) => o.id)).toEqual([4, 3])
    expect(utcToday(new Date('2026-12-06T23:30:00-05:00'))).toBe('2026-12-07')
  })
})

describe('the public member list', () => {
  const row = (id: number, organisation: string, country: string, kind: ListedMemberRow['kind'] = 'commercial-entity') => ({
    id,
    organisation,
    kind,
    country,
    website: `https://${id}.example.net`,
    memberSince: '2024-05-01',
    representative: id === 1 ? 'Ana Example' : null,
  })
  const rows = [row(1, 'Zeta Networks', 'DE'), row(2, 'Ärzte Net', 'AT', 'trade-association'), row(3, 'alpha ISP', 'FR')]

  it("sorts organisations the way the visitor's language does and names countries in it", () => {
    const de = memberDirectory(rows, 'de')
    expect(de.members.map((m) => m.organisation)).toEqual(['alpha ISP', 'Ärzte Net', 'Zeta Networks'])
    expect(de.members.map((m) => m.countryName)).toEqual(['Frankreich', 'Österreich', 'Deutschland'])
    expect(memberDirectory(rows, 'ar').countries.map((c) => c.name)).toEqual(['ألمانيا', 'النمسا', 'فرنسا'])
    expect(de.members[0]!.since).toBe('2024')
    expect(de.total).toBe(3)
  })

  it('filters by country and kind, and keeps a filtered-out country among the choices', () => {
    expect(memberDirectory(rows, 'en', { country: 'DE' }).members.map((m) => m.id)).toEqual([1])
    expect(memberDirectory(rows, 'en', { kind: 'trade-association' }).members.map((m) => m.id)).toEqual([2])
    expect(memberDirectory(rows, 'en', { country: 'DE', kind: 'trade-association' }).members).toEqual([])
    const gone = memberDirectory(rows, 'en', { country: 'JP' })
    expect(gone.members).toEqual([])
    expect(gone.countries.map((c) => c.code)).toContain('JP')
    expect(gone.total).toBe(3)
  })

  it('reads the filter from the query string and ignores anything else', () => {
    expect(memberFilter({ country: 'fr', kind: 'trade-association' })).toEqual({ country: 'FR', kind: 'trade-association' })
    expect(memberFilter({ country: ['DE', 'FR'], kind: 'government' })).toEqual({ country: 'DE', kind: undefined })
    expect(memberFilter({ country: '<b>', kind: undefined })).toEqual({ country: undefined, kind: undefined })
  })
})

describe('the desk member form', () => {
  const form = (changes: Record<string, string | null> = {}) => {
    const data = new FormData()
    const valid: Record<string, string> = {
      organisation: 'Example Networks',
      kind: 'commercial-entity',
      country: 'FR',
      website: 'https://example.net',
      representative: 'Ana Exemple',
      email: 'ana@example.net',
      memberSince: '2019-03-01',
      standing: 'lapsed',
    }
    for (const [k, v] of Object.entries({ ...valid, ...changes })) if (v !== null) data.append(k, v)
    return data
  }

  it('takes what the application form takes, plus the date and standing', () => {
    expect(checkMember(form({ listRepresentative: 'yes' }))).toEqual({
      ok: true,
      input: {
        organisation: 'Example Networks',
        kind: 'commercial-entity',
        country: 'FR',
        website: 'https://example.net',
        representative: 'Ana Exemple',
        email: 'ana@example.net',
        listRepresentative: true,
        memberSince: '2019-03-01',
        standing: 'lapsed',
      },
    })
  })

  it("refuses with the application form's problems, field by field, and keeps the input", () => {
    const result = checkMember(
      form({ website: 'javascript:alert(1)', email: 'nobody', country: 'XX', memberSince: '2019-02-30', standing: 'expelled' }),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      website: 'errorWebsite',
      email: 'errorEmail',
      country: 'errorCountry',
      memberSince: 'errorDate',
      standing: 'errorChoose',
    })
    expect(result.values.website).toBe('javascript:alert(1)')
  })

  it('knows a calendar day', () => {
    expect(['2024-02-29', '2026-12-31'].map(isIsoDate)).toEqual([true, true])
    expect(['2025-02-29', '2026-13-01', '2026-1-1', ''].map(isIsoDate)).toEqual([false, false, false, false])
  })
})

describe('routes', () => {
  it('lists the member list and its filter, and keeps the structure page live once there is one', () => {
    const without = loadContent(fixtureWith({}))
    expect(sitePaths(without)).toEqual(expect.arrayContaining(['/members', '/members/filter']))
    expect(livePaths(without)).not.toContain('/structure')
    const withStructure = loadContent(
      fixtureWith({
        'en/pages/structure.md': '---\ntitle: Structure\ndescription: "How it is organised."\nupdated: "2026-01-01"\n---\nText.\n',
      }),
    )
    expect(livePaths(withStructure)).toEqual(expect.arrayContaining(['/members', '/structure']))
    expect(sitePaths(withStructure)).toContain('/structure')
  })
})
