import { describe, expect, it, vi } from 'vitest'
import { ALERT_FORM_PATHS } from '@/lib/alerts/paths'
import { ContentError, formatProblem, loadContent } from '@/lib/content'
import { consultationOrder, consultationPhase, formatMoment } from '@/lib/consultations'
import { checkSite, formPaths, livePaths, sitePaths } from '@/lib/routes'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixtureWith, VALID } from './content-fixture'

const withConsultation = (block: string) =>
  fixtureWith({ 'en/publications/statement.md': (old) => old.replace('updated:', `${block}\nupdated:`) })

function problemsOf(root: string): string[] {
  try {
    loadContent(root)
    return []
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem)
    throw error
  }
}

const consultationOf = (root: string) => loadContent(root).entry('publications', 'en', 'statement')!.data.consultation!

describe('consultation front matter', () => {
  it('reads opens and closes as moments, quoted or not', () => {
    const c = consultationOf(withConsultation('consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: "2026-12-15T18:00:00+01:00"'))
    expect(c).toEqual({ opens: '2026-11-01T00:00:00.000Z', closes: '2026-12-15T18:00:00+01:00' })
  })

  it('gives a consultation its own page in the route list', () => {
    const root = withConsultation('consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: 2026-12-15T17:00:00Z')
    expect(sitePaths(loadContent(root))).toContain('/consultations/statement')
  })

  it('lists the comment form among the pages that need the database, beside the alert forms, and only consultations', () => {
    const root = withConsultation('consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: 2026-12-15T17:00:00Z')
    expect(formPaths(loadContent(root))).toEqual([...ALERT_FORM_PATHS, '/consultations/statement'].sort())
    expect(formPaths(loadContent(withConsultation('')))).toEqual([...ALERT_FORM_PATHS].sort())
  })

  it('serves every page but the forms and the feed without JavaScript', () => {
    const root = withConsultation('consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: 2026-12-15T17:00:00Z')
    const { paths, reading } = checkSite(root)
    expect(paths.filter((path) => !reading.includes(path))).toEqual([...ALERT_FORM_PATHS, '/consultations/statement', '/feed.xml'].sort())
    expect(reading).toContain('/publications/statement')
    expect(reading).toContain('/search')
  })

  it('keeps the statement, the list and the home page fresh once there is a consultation', () => {
    const root = withConsultation('consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: 2026-12-15T17:00:00Z')
    expect(livePaths(loadContent(root))).toEqual(['/', '/consultations', '/publications/statement', '/members'])
    // The member list is live whatever the consultations.
    expect(livePaths(loadContent(withConsultation('')))).toEqual(['/members'])
  })

  it('accepts a past consultation closed in a year, with a note saying how', () => {
    const c = consultationOf(withConsultation('consultation:\n  closes: "2005"\n  closedNote: Comments went by e-mail.'))
    expect(consultationPhase(c, new Date())).toEqual({ phase: 'closed', closedIn: '2005', note: 'Comments went by e-mail.' })
  })

  it('names each mistake with its file and field', () => {
    expect(problemsOf(withConsultation('consultation:\n  opens: "2026-11-01"\n  closes: "2026-12-15T17:00:00"'))).toEqual([
      expect.stringMatching(/statement\.md: consultation\.opens: expected an ISO date-time with an offset/),
      expect.stringMatching(/statement\.md: consultation\.closes: expected an ISO date-time with an offset, or YYYY/),
    ])
    expect(problemsOf(withConsultation('consultation:\n  closes: "2005"'))).toEqual([
      expect.stringMatching(/consultation\.closedNote: a consultation whose closes is only a date/),
    ])
    expect(problemsOf(withConsultation('consultation:\n  opens: 2026-12-16T00:00:00Z\n  closes: 2026-12-15T17:00:00Z'))).toEqual([
      expect.stringMatching(/consultation\.closes: must be after opens/),
    ])
  })
})

describe('a consultation in translation', () => {
  const english = readFileSync(join(VALID, 'en/publications/statement.md'), 'utf8')
  const dated = (opens: string, closes: string) =>
    english.replace('updated:', `consultation:\n  opens: ${opens}\n  closes: ${closes}\nupdated:`)
  const withFrench = (french: string) =>
    fixtureWith({
      'en/publications/statement.md': dated('2026-11-01T00:00:00Z', '2026-12-15T17:00:00Z'),
      'fr/publications/statement.md': french,
    })

  it('repeats the English dates, however the same moment is written', () => {
    expect(problemsOf(withFrench(dated('2026-11-01T01:00:00+01:00', '2026-12-15T17:00:00+00:00')))).toEqual([])
  })

  it('names the translation and the date that differs, or the block that is missing', () => {
    expect(problemsOf(withFrench(dated('2026-11-01T00:00:00Z', '2026-12-20T17:00:00Z')))).toEqual([
      expect.stringMatching(
        /fr\/publications\/statement\.md: consultation\.closes: must match the English .*statement\.md \(2026-12-15T17:00:00/,
      ),
    ])
    expect(problemsOf(withFrench(english))).toEqual([
      expect.stringMatching(/fr\/publications\/statement\.md: consultation: the English .* is a consultation: copy its consultation block/),
    ])
  })
})

describe('consultationPhase', () => {
  const c = { opens: '2026-11-01T00:00:00Z', closes: '2026-12-15T17:00:00Z' }
  it('is upcoming, then open, then closed, switching at the stated moments', () => {
    expect(consultationPhase(c, new Date('2026-10-31T23:59:59Z')).phase).toBe('upcoming')
    expect(consultationPhase(c, new Date('2026-11-01T00:00:00Z')).phase).toBe('open')
    expect(consultationPhase(c, new Date('2026-12-15T16:59:59Z')).phase).toBe('open')
    expect(consultationPhase(c, new Date('2026-12-15T17:00:00Z'))).toEqual({ phase: 'closed', closes: new Date(c.closes), note: undefined })
  })

  it('orders open ones first, closing soonest, then upcoming, then closed, latest first', () => {
    const now = new Date('2026-11-20T00:00:00Z')
    const phases = [
      consultationPhase({ closes: '2005', closedNote: 'n' }, now),
      consultationPhase({ opens: '2026-01-01T00:00:00Z', closes: '2026-02-01T00:00:00Z' }, now),
      consultationPhase({ opens: '2026-11-01T00:00:00Z', closes: '2027-01-01T00:00:00Z' }, now),
      consultationPhase({ opens: '2027-01-01T00:00:00Z', closes: '2027-02-01T00:00:00Z' }, now),
      consultationPhase(c, now),
    ]
    const sorted = [...phases].sort(consultationOrder)
    expect(sorted).toEqual([phases[4], phases[2], phases[3], phases[1], phases[0]])
  })

  it('shows a moment in the visitor language with its time zone', () => {
    expect(formatMoment('en', new Date(c.closes))).toBe('December 15, 2026 at 5:00 PM UTC')
    expect(formatMoment('fr', new Date(c.closes))).toMatch(/15 décembre 2026.*17:00 UTC/)
  })
})

describe('feed', () => {
  it('marks a consultation open at the moment the feed is made, and only then', async () => {
    const root = withConsultation('consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: 2026-12-15T17:00:00Z')
    vi.stubEnv('CONTENT_DIR', root)
    vi.resetModules()
    // getContent() caches the content of its process: load it again from the fixture.
    const { publicationFeed } = await import('@/lib/publication-feed')
    const titles = (now: string) =>
      publicationFeed('en', { title: 'T', description: 'D', openForComment: 'Open for comment' }, new Date(now)).items.map((i) => i.title)
    expect(titles('2026-11-02T00:00:00Z')).toContain('Open for comment: A statement')
    expect(titles('2026-12-16T00:00:00Z')).toContain('A statement')
    vi.unstubAllEnvs()
  })
})
