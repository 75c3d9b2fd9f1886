import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentError, formatProblem, loadContent, markTranslated, recordTranslatedFrom, type CollectionName } from '@/lib/content'
import { defaultLocale, locales } from '@/lib/i18n/config'
import { fixtureWith } from './content-fixture'

// A French translation of the working group, so every collection has one.
const FR_ALPHA = `---
title: Alpha
summary: Un groupe actuel.
status:
  value: current
  asOf: "2026-10"
  source: La charte du groupe
  sourceUrl: https://example.org/alpha
topics: [security, dns]
updated: "2026-11-01"
---
Le groupe a examiné la politique de transfert.
`

const collections: CollectionName[] = ['pages', 'working-groups', 'publications']

// The valid fixture with every translation marked as made from the current English.
function allMarked(): string {
  const root = fixtureWith({ 'fr/working-groups/alpha.md': FR_ALPHA })
  for (const locale of locales.filter((l) => l !== defaultLocale))
    for (const collection of collections)
      for (const name of safeList(join(root, locale, collection))) markTranslated(root, collection, locale, name.slice(0, -3))
  return root
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.md'))
  } catch {
    return []
  }
}

// Every outdated translation of the site, with the English parts that changed.
function outdated(root: string): Record<string, string[]> {
  const content = loadContent(root)
  const result: Record<string, string[]> = {}
  for (const locale of locales)
    for (const collection of collections)
      for (const slug of content.slugs(collection)) {
        if (content.translationState(collection, locale, slug) === 'outdated')
          result[`${locale} ${collection}/${slug}`] = content.outdatedParts(collection, locale, slug)
      }
  return result
}

function edit(root: string, file: string, change: (old: string) => string): void {
  const path = join(root, file)
  const old = readFileSync(path, 'utf8')
  const changed = change(old)
  expect(changed, `the edit changes ${file}`).not.toBe(old)
  writeFileSync(path, changed)
}

describe('the translation status', () => {
  it('shows every marked translation as current, and one never marked as outdated in every part', () => {
    const root = allMarked()
    expect(outdated(root)).toEqual({})
    edit(root, 'zh/pages/about.md', (old) => old.replace(/^translatedFrom:.*\n/m, ''))
    expect(outdated(root)).toEqual({ 'zh pages/about': ['title', 'description', 'nav', 'body'] })
  })

  // Each English edit outdates exactly that page's translations, and names the part.
  const about = (part: string) => ({ 'fr pages/about': [part], 'ar pages/about': [part], 'zh pages/about': [part] })
  const edits: [string, string, (old: string) => string, Record<string, string[]>][] = [
    ['title', 'en/pages/about.md', (old) => old.replace('title: About', 'title: About us'), about('title')],
    ['description', 'en/pages/about.md', (old) => old.replace('About the constituency.', 'Who we are.'), about('description')],
    ['navigation label', 'en/pages/about.md', (old) => old.replace('label: About', 'label: Us'), about('nav')],
    ['body', 'en/pages/about.md', (old) => old.replace('## Who we are', '## Who we are today'), about('body')],
    [
      'eligibility label',
      'en/pages/membership.md',
      (old) => old.replace('label: will take part', 'label: takes part'),
      { 'zh pages/membership': ['eligibility'] },
    ],
    [
      'eligibility intro',
      'en/pages/membership.md',
      (old) => old.replace('Tick what applies.', 'Tick.'),
      { 'zh pages/membership': ['eligibility'] },
    ],
    [
      'group summary',
      'en/working-groups/alpha.md',
      (old) => old.replace('A current group.', 'A group.'),
      { 'fr working-groups/alpha': ['summary'] },
    ],
    [
      'status source',
      'en/working-groups/alpha.md',
      (old) => old.replace("The group's charter", 'Its charter'),
      { 'fr working-groups/alpha': ['status'] },
    ],
    [
      'group body',
      'en/working-groups/alpha.md',
      (old) => old.replace('every second week', 'every week'),
      { 'fr working-groups/alpha': ['body'] },
    ],
    [
      'publication summary',
      'en/publications/letter.md',
      (old) => old.replace('A letter kept in English.', 'A letter, 2005.'),
      { 'fr publications/letter': ['summary'] },
    ],
  ]
  it.each(edits)('changing an English %s outdates exactly that page’s translations', (_, file, change, expected) => {
    const root = allMarked()
    edit(root, file, change)
    expect(outdated(root)).toEqual(expected)
    // Marking one language current leaves the others outdated.
    const [first, ...rest] = Object.keys(expected)
    const [locale, page] = first!.split(' ') as [(typeof locales)[number], string]
    const [collection, slug] = page.split('/') as [CollectionName, string]
    markTranslated(root, collection, locale, slug)
    expect(Object.keys(outdated(root))).toEqual(rest)
  })

  it('is not changed by what translators do not translate, nor by line endings', () => {
    const root = allMarked()
    edit(root, 'en/pages/membership.md', (old) => old.replace('keywords: [eligibility, join', 'keywords: [eligibility, apply, join'))
    edit(root, 'en/working-groups/alpha.md', (old) => old.replace('updated: "2026-11-01"', 'updated: "2026-12-01"'))
    edit(root, 'en/working-groups/alpha.md', (old) => old.replace('topics: [security, dns]', 'topics: [dns, security]'))
    // A document kept in English: its body is not translated.
    edit(root, 'en/publications/letter.md', (old) => `${old}\nA postscript.\n`)
    // A checkout with Windows line endings.
    edit(root, 'en/pages/about.md', (old) => old.replace(/\n/g, '\r\n'))
    expect(outdated(root)).toEqual({})
  })

  it('outdates only the pages using a translated part the English adds', () => {
    const root = allMarked()
    edit(root, 'en/publications/letter.md', (old) =>
      old.replace('date: "2005-03"', 'date: "2005-03"\nconsultation:\n  closes: "2005"\n  closedNote: Closed.'),
    )
    edit(root, 'fr/publications/letter.md', (old) =>
      old.replace('date: "2005-03"', 'date: "2005-03"\nconsultation:\n  closes: "2005"\n  closedNote: Clos.'),
    )
    expect(outdated(root)).toEqual({ 'fr publications/letter': ['consultation'] })
  })

  it('names a malformed record', () => {
    const root = fixtureWith({ 'fr/pages/about.md': (old) => old.replace('title: "00000000"', 'title: 12345678, tilte: "00000000"') })
    try {
      loadContent(root)
      expect.unreachable('the content is rejected')
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError)
      const problems = (error as ContentError).problems.map(formatProblem)
      expect(problems).toContainEqual(expect.stringMatching(/fr\/pages\/about\.md: translatedFrom\.title: .*expected string/i))
      expect(problems).toContainEqual(expect.stringMatching(/fr\/pages\/about\.md: .*tilte/))
    }
  })
})

describe('recording what a translation was made from', () => {
  const from = { title: '0123abcd', body: '89abcdef' }

  it('writes one line at the end of the front matter and keeps the rest of the file', () => {
    const text = '---\ntitle: À propos\nupdated: "2026-11-01"\n---\n## Qui\n\n---\n\nTexte.\n'
    expect(recordTranslatedFrom(text, from)).toBe(
      '---\ntitle: À propos\nupdated: "2026-11-01"\ntranslatedFrom: { title: "0123abcd", body: "89abcdef" }\n---\n## Qui\n\n---\n\nTexte.\n',
    )
  })

  it('replaces an earlier record in any layout, and keeps Windows line endings', () => {
    const block = '---\ntitle: T\ntranslatedFrom:\n  title: "ffffffff"\n  nav: "eeeeeeee"\nupdated: "2026-11-01"\n---\nBody\n'
    expect(recordTranslatedFrom(block, from)).toBe(
      '---\ntitle: T\nupdated: "2026-11-01"\ntranslatedFrom: { title: "0123abcd", body: "89abcdef" }\n---\nBody\n',
    )
    const windows = '---\r\ntitle: T\r\ntranslatedFrom: { title: "ffffffff" }\r\n---\r\nBody\r\n'
    expect(recordTranslatedFrom(windows, from)).toBe(
      '---\r\ntitle: T\r\ntranslatedFrom: { title: "0123abcd", body: "89abcdef" }\r\n---\r\nBody\r\n',
    )
  })

  it('refuses a file without front matter', () => {
    expect(() => recordTranslatedFrom('Just text.\n', from)).toThrow(/no front matter/)
  })
})
