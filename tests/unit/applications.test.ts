import { describe, expect, it } from 'vitest'
import { checkApplication, isApplicationReference, LIMITS, RECEIVED_PARAM, receivedQuery } from '@/lib/applications'
import { applicationReference } from '@/lib/db/queries/applications'
import { countryOptions, isCountryCode } from '@/lib/countries'
import type { Criterion } from '@/lib/eligibility'

const criteria: Criterion[] = [
  { id: 'one', group: 'activity', label: 'does one thing' },
  { id: 'two', group: 'activity', label: 'does another' },
  { id: 'must', group: 'required', label: 'must' },
]

const valid: [string, string][] = [
  ['organisation', 'Example Networks'],
  ['kind', 'trade-association'],
  ['country', 'BR'],
  ['website', 'https://example.net'],
  ['representative', 'Ana Exemplo'],
  ['email', 'ana@example.net'],
  ['phone', ''],
  ['criteria', 'two'],
  ['criteria', 'must'],
  ['statement', 'Because.'],
  ['declaration', 'yes'],
]

function form(changes: Record<string, string | string[] | null> = {}) {
  const data = new FormData()
  for (const [k, v] of valid) if (!(k in changes)) data.append(k, v)
  for (const [k, v] of Object.entries(changes)) for (const one of v === null ? [] : Array.isArray(v) ? v : [v]) data.append(k, one)
  return data
}

describe('checkApplication', () => {
  it('accepts a complete application, criteria in content order, no phone as null', () => {
    const result = checkApplication(form({ criteria: ['must', 'two'] }), criteria)
    expect(result).toEqual({
      ok: true,
      input: {
        organisation: 'Example Networks',
        kind: 'trade-association',
        country: 'BR',
        website: 'https://example.net',
        representative: 'Ana Exemplo',
        email: 'ana@example.net',
        phone: null,
        criteria: ['two', 'must'],
        statement: 'Because.',
        listRepresentative: false,
      },
    })
  })

  it('lists the representative only when the consent box was ticked', () => {
    const consent = (value: string | null) => {
      const result = checkApplication(form({ criteria: ['must', 'two'], listRepresentative: value }), criteria)
      return result.ok && result.input.listRepresentative
    }
    expect(consent('yes')).toBe(true)
    expect(consent(null)).toBe(false)
    expect(consent('on')).toBe(false)
  })

  it('names every missing field', () => {
    const result = checkApplication(new FormData(), criteria)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      organisation: 'errorRequired',
      kind: 'errorChoose',
      country: 'errorCountry',
      website: 'errorRequired',
      representative: 'errorRequired',
      email: 'errorRequired',
      criteria: 'errorNotEligible',
      statement: 'errorRequired',
      declaration: 'errorDeclaration',
    })
  })

  it.each([
    [{ kind: 'government' }, 'kind', 'errorChoose'],
    [{ country: 'XX' }, 'country', 'errorCountry'],
    [{ country: 'fr' }, 'country', 'errorCountry'],
    [{ criteria: ['two', 'must', 'bribery'] }, 'criteria', 'errorCriteria'],
    [{ criteria: ['two'] }, 'criteria', 'errorNotEligible'],
    [{ criteria: ['must'] }, 'criteria', 'errorNotEligible'],
    [{ organisation: '<b>Bold</b> Ltd' }, 'organisation', 'errorMarkup'],
    [{ statement: 'hi <script>alert(1)</script>' }, 'statement', 'errorMarkup'],
    [{ representative: 'A\u0000B' }, 'representative', 'errorMarkup'],
    [{ organisation: 'Example\r\nBcc: everyone@example.org' }, 'organisation', 'errorMarkup'],
    [{ statement: 'x'.repeat(LIMITS.statement + 1) }, 'statement', 'errorTooLong'],
    [{ website: 'javascript:alert(1)' }, 'website', 'errorWebsite'],
    [{ website: 'https://localhost' }, 'website', 'errorWebsite'],
    [{ email: 'ana@' }, 'email', 'errorEmail'],
    [{ phone: 'call me' }, 'phone', 'errorPhone'],
    [{ declaration: 'no' }, 'declaration', 'errorDeclaration'],
  ])('%o → %s: %s', (change, field, key) => {
    const result = checkApplication(form(change), criteria)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toEqual({ [field]: key })
  })

  it('allows line breaks in the statement only', () => {
    expect(checkApplication(form({ statement: 'First.\nSecond.' }), criteria).ok).toBe(true)
  })

  it('keeps what was sent, markup included, to show it again as text', () => {
    const result = checkApplication(form({ organisation: '<b>Bold</b>' }), criteria)
    expect(!result.ok && result.values.organisation).toBe('<b>Bold</b>')
    expect(!result.ok && result.values.criteria).toEqual(['two', 'must'])
  })
})

describe('the confirmation address', () => {
  it('accepts every reference the database makes, and nothing else', () => {
    for (const [id, year] of [
      [1, 2026],
      [42, 2027],
      [9999, 2030],
      [123456, 2031],
    ] as const)
      expect(isApplicationReference(applicationReference(id, new Date(Date.UTC(year, 5, 1))))).toBe(true)
    for (const forged of [
      '',
      'ISPCP-2026-42',
      'ispcp-2026-0042',
      'ISPCP-2026-0042 ',
      'ISPCP-2026-0042<script>',
      'ISPCP-2026-0042\nSet-Cookie: a=b',
      `ISPCP-2026-${'9'.repeat(13)}`,
      'anne@example.net',
      ['ISPCP-2026-0042'],
      undefined,
    ])
      expect(isApplicationReference(forged), JSON.stringify(forged)).toBe(false)
  })

  it('carries the reference alone', () => {
    expect(receivedQuery('ISPCP-2026-0042')).toBe(`?${RECEIVED_PARAM}=ISPCP-2026-0042`)
  })
})

describe('countries', () => {
  it('lists ISO 3166-1 codes, named and sorted in the visitor language', () => {
    expect(isCountryCode('FR')).toBe(true)
    expect(isCountryCode('XX')).toBe(false)
    const ar = countryOptions('ar')
    expect(ar).toHaveLength(249)
    expect(ar.find((c) => c.code === 'EG')?.name).toBe('مصر')
    const names = countryOptions('en').map((c) => c.name)
    expect(names.indexOf('Albania')).toBeLessThan(names.indexOf('Zambia'))
  })
})
