import { describe, expect, it } from 'vitest'
import { applicationFacts, kindMessages, statusLabels } from '@/lib/application-facts'
import { loadContent } from '@/lib/content'
import { CSV_BOM, csv } from '@/lib/csv'
import type { Application } from '@/lib/db/queries/applications'
import { applicationStatuses, organisationKinds } from '@/lib/db/schema'
import en from '@/lib/i18n/messages/en.json'
import { csvLines } from '../support/csv'
import { VALID } from './content-fixture'

const criteria = loadContent(VALID).entry('pages', 'en', 'membership')!.data.eligibility!.criteria

const application = (over: Partial<Application> = {}): Application =>
  ({
    id: 1,
    reference: 'ISPCP-2026-0001',
    locale: 'fr',
    organisation: 'Réseaux Exemple',
    kind: 'trade-association',
    country: 'FR',
    website: 'https://example.net',
    representative: 'Anne Exemple',
    email: 'anne@example.net',
    phone: null,
    criteria: [criteria[1]!.id, criteria[2]!.id],
    statement: 'Why.',
    status: 'received',
    ...over,
  }) as Application

const shownAs = (a: Application, term: string) => applicationFacts(a, criteria).find(([t]) => t === term)?.[1]

describe('what the desk and the notification show of an application', () => {
  it("names the kind with the public form's own label, never its id", () => {
    for (const kind of organisationKinds) {
      const shown = shownAs(application({ kind }), 'Kind')
      expect(shown).toBe(en.apply[kindMessages[kind]])
      expect(shown).not.toContain(kind)
    }
  })

  it("lists the ticked criteria by the membership page's labels, an unknown id as itself", () => {
    expect(shownAs(application(), 'Criteria ticked')).toEqual([criteria[1]!.label, criteria[2]!.label])
    expect(shownAs(application({ criteria: [criteria[0]!.id, 'since-removed'] }), 'Criteria ticked')).toEqual([
      criteria[0]!.label,
      'since-removed',
    ])
  })

  it('names the country and the language, and every status, in words', () => {
    expect(shownAs(application(), 'Country')).toBe('France (FR)')
    expect(shownAs(application(), 'Language')).toBe('French')
    for (const status of applicationStatuses) expect(statusLabels[status]).not.toMatch(/-/)
  })
})

describe('CSV exports', () => {
  it('start with a byte order mark, so spreadsheets read UTF-8 names right', () => {
    const text = csv(['name'], [['شبكة'], ['网络']])
    expect(text.startsWith(CSV_BOM)).toBe(true)
    expect(csvLines(text)).toEqual(['name', 'شبكة', '网络', ''])
    expect(() => csvLines(text.slice(CSV_BOM.length))).toThrow(/byte order mark/)
  })
})
