import { describe, expect, it } from 'vitest'
import { checkEligibility, tickedCriteria, type Criterion } from '@/lib/eligibility'

const criteria: Criterion[] = [
  { id: 'backbone', group: 'activity', label: 'operates an Internet backbone network' },
  { id: 'transit', group: 'activity', label: 'provides transit' },
  { id: 'trade-association', group: 'activity', label: 'is an industry trade association' },
  { id: 'services', group: 'activity', label: 'provides application or managed security services' },
  { id: 'affected', group: 'required', label: 'is commercially affected by the GNSO' },
  { id: 'participation', group: 'required', label: 'takes part regularly' },
]
const byId = (id: string) => criteria.find((c) => c.id === id)!

describe('checkEligibility', () => {
  it('is eligible with any one activity and every required criterion', () => {
    for (const activity of ['backbone', 'transit', 'trade-association', 'services']) {
      expect(checkEligibility(criteria, [activity, 'affected', 'participation'])).toEqual({ eligible: true })
    }
  })

  it('is eligible with several activities too (they are joined by "or")', () => {
    expect(
      checkEligibility(
        criteria,
        criteria.map((c) => c.id),
      ),
    ).toEqual({ eligible: true })
  })

  it('needs at least one activity', () => {
    expect(checkEligibility(criteria, ['affected', 'participation'])).toEqual({
      eligible: false,
      missingActivity: true,
      missingRequired: [],
    })
  })

  it('needs every required criterion (they are joined by "and")', () => {
    expect(checkEligibility(criteria, ['backbone', 'affected'])).toEqual({
      eligible: false,
      missingActivity: false,
      missingRequired: [byId('participation')],
    })
    expect(checkEligibility(criteria, ['transit', 'participation'])).toEqual({
      eligible: false,
      missingActivity: false,
      missingRequired: [byId('affected')],
    })
  })

  it('lists everything missing for empty input', () => {
    expect(checkEligibility(criteria, [])).toEqual({
      eligible: false,
      missingActivity: true,
      missingRequired: [byId('affected'), byId('participation')],
    })
  })

  it('ignores unknown ids', () => {
    expect(checkEligibility(criteria, ['nope', 'affected', 'participation', 'constructor'])).toEqual({
      eligible: false,
      missingActivity: true,
      missingRequired: [],
    })
    expect(checkEligibility(criteria, ['backbone', 'affected', 'participation', 'nope'])).toEqual({ eligible: true })
  })

  it('accepts any iterable, duplicates included', () => {
    expect(checkEligibility(criteria, new Set(['services', 'affected', 'participation']))).toEqual({ eligible: true })
    expect(checkEligibility(criteria, ['affected', 'affected', 'backbone', 'participation'])).toEqual({ eligible: true })
  })

  it('only asks for an activity when the content lists any', () => {
    const requiredOnly = criteria.filter((c) => c.group === 'required')
    expect(checkEligibility(requiredOnly, ['affected', 'participation'])).toEqual({ eligible: true })
  })
})

describe('tickedCriteria (query values → known ids)', () => {
  it('takes one string or several', () => {
    expect(tickedCriteria(criteria, 'backbone')).toEqual(['backbone'])
    expect(tickedCriteria(criteria, ['affected', 'backbone'])).toEqual(['backbone', 'affected']) // content order
  })

  it('ignores unknown, empty, repeated and non-string values', () => {
    expect(tickedCriteria(criteria, undefined)).toEqual([])
    expect(tickedCriteria(criteria, '')).toEqual([])
    expect(tickedCriteria(criteria, ['nope', 'backbone', 'backbone', '', 'BACKBONE'])).toEqual(['backbone'])
    expect(tickedCriteria(criteria, [1, null, { id: 'transit' }, ['transit']])).toEqual([])
    expect(tickedCriteria(criteria, 42)).toEqual([])
  })

  it('copes with very long input', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `x${i}`).concat('participation')
    expect(tickedCriteria(criteria, many)).toEqual(['participation'])
  })
})
