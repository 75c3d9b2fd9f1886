import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type ContentError, loadContent } from '@/lib/content'
import { reportFile } from '@/lib/consultations/report'
import type { ExportedComment } from '@/lib/db/queries/comments'
import { lintLanguage } from '@/lib/i18n/style/lint'
import { checkSite } from '@/lib/routes'
import { fixtureWith } from './content-fixture'

const CLOSED = 'consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: 2026-12-01T17:00:00Z'
const GENERATED = new Date('2026-12-06T10:00:00Z')

let id = 0
const comment = (point: number | null, status: ExportedComment['status'], name: string, body: string, organisation: string | null = null) =>
  ({
    id: ++id,
    status,
    point,
    createdAt: new Date('2026-11-20T12:00:00Z'),
    name,
    organisation,
    email: `${id}@example.org`,
    locale: 'en',
    body,
    decidedAt: null,
    decidedBy: null,
  }) satisfies ExportedComment

// Whatever people typed must come out as the text they typed, and the file must stay valid content.
const HOSTILE = [
  '# Not a heading',
  '1. not a list',
  '---',
  '    not code',
  '| a | b |',
  '|---|---|',
  '[a broken link](/nowhere) ![img](x.png) <script>alert(1)</script> &amp; {{site.contactEmail}} *not em* `not code` ~~no~~ back\\slash',
].join('\n')

describe('the report of public comments', () => {
  it('groups the comments by point, quotes the published ones, and passes content:check', () => {
    const root = fixtureWith({ 'en/publications/statement.md': (old) => old.replace('updated:', `${CLOSED}\nupdated:`) })
    const statement = loadContent(root).entry('publications', 'en', 'statement')!
    const comments = [
      comment(null, 'published', 'Whole Draft Person', 'About everything.', 'Example ISP, Inc.'),
      comment(2, 'published', 'Hostile *Name*', HOSTILE, '<b>Org</b>'),
      comment(2, 'rejected', 'Spammer', 'Buy now'),
      comment(1, 'published', 'Ana', 'تعليق بالعربية\n\nSecond paragraph'),
      comment(7, 'published', 'Old Point', 'On a point that no longer exists'),
    ]
    const report = reportFile(statement, comments, GENERATED)
    expect(report.path).toBe('content/en/publications/statement-report.md')

    writeFileSync(join(root, report.path.replace(/^content\//, '')), report.text)
    const { content } = checkSite(root)
    // (The language lint's part of the check; the small fixture's own pages are not its house style.)
    const lint = lintLanguage({ content: root, messages: join(import.meta.dirname, '../../lib/i18n/messages') })
    expect(lint.filter((p) => p.file.includes('statement-report'))).toEqual([])
    const page = content.entry('publications', 'en', 'statement-report')!
    expect(page.data).toMatchObject({ reportOf: 'statement', date: '2026-12-06', title: 'Report of public comments: A statement' })

    const sections = page.text.split(/\n(?=Point \d+\n|The whole draft\n)/)
    const section = (heading: string) => sections.find((s) => s.startsWith(`${heading}\n`)) ?? ''
    expect(page.headings.map((h) => h.text)).toEqual(['About this report', 'Point 1', 'Point 2', 'The whole draft'])
    expect(section('Point 1')).toContain('Comments received: 1. Published: 1.')
    expect(section('Point 1')).toContain('تعليق بالعربية')
    expect(section('Point 2')).toContain('Comments received: 2. Published: 1.')
    expect(section('Point 2')).not.toContain('Buy now')
    // The comment on a point the statement no longer has counts for the whole draft.
    expect(section('The whole draft')).toContain('Comments received: 2. Published: 2.')
    expect(section('The whole draft')).toContain('Example ISP, Inc.')
    expect(section('The whole draft')).toContain('On a point that no longer exists')
    expect(page.text).toContain('In all: 5 comments received, 4 published.')

    // The hostile comment is text, line for line, with nothing made of it.
    for (const line of HOSTILE.split('\n').map((l) => l.trim())) expect(section('Point 2')).toContain(line)
    expect(section('Point 2')).toContain('Hostile *Name*, <b>Org</b>, November 20, 2026:')
    const quoted = page.html.slice(page.html.indexOf('<h2 id="point-2"'), page.html.indexOf('<h2 id="the-whole-draft"'))
    expect(quoted).toContain('Hostile')
    expect(quoted).not.toMatch(/<(?:h1|em|code|table|img|script|del|b)\b|href="\/en\/nowhere"/)
    expect(page.html).toContain('{{site.contactEmail}}')
    expect(page.html).toContain('<a href="/en/publications/statement#point-2">Point 2 of the draft</a>')
  })

  it('says so when a point had no comments', () => {
    const root = fixtureWith({ 'en/publications/statement.md': (old) => old.replace('updated:', `${CLOSED}\nupdated:`) })
    const statement = loadContent(root).entry('publications', 'en', 'statement')!
    const { text } = reportFile(statement, [], GENERATED)
    expect(text.match(/Comments received: 0\. Published: 0\./g)).toHaveLength(3)
    expect(text).toContain('In all: 0 comments received, 0 published.')
  })

  it('is checked: its reportOf names a consultation, one report each, the same in every translation', () => {
    const problems = (changes: Record<string, string | ((old: string) => string)>) => {
      try {
        loadContent(fixtureWith(changes))
        return []
      } catch (error) {
        return (error as ContentError).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`.replace(/content-\w+\//g, ''))
      }
    }
    const consultation = { 'en/publications/statement.md': (old: string) => old.replace('updated:', `${CLOSED}\nupdated:`) }
    const report = (of: string) => (old: string) => old.replace('updated:', `reportOf: ${of}\nupdated:`)
    const letter = { 'en/publications/letter.md': report('statement'), 'fr/publications/letter.md': report('statement') }
    expect(problems({ ...consultation, ...letter })).toEqual([])
    expect(problems(letter)).toEqual(['en/publications/letter.md: reportOf: no consultation "statement" in publications/'])
    const second =
      '---\ntitle: Another report\nsummary: The same again.\ndate: "2026"\nreportOf: statement\nupdated: "2026-12-06"\n---\nText.\n'
    expect(problems({ ...consultation, ...letter, 'en/publications/second.md': second })).toEqual([
      'en/publications/second.md: reportOf: en/publications/letter.md is already the report of "statement"',
    ])
    expect(problems({ ...consultation, ...letter, 'fr/publications/letter.md': report('letter') })).toEqual([
      'fr/publications/letter.md: reportOf: must match the English en/publications/letter.md (statement), got letter',
    ])
  })
})
