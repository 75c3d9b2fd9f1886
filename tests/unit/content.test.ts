import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentError, formatProblem, loadContent, markTranslated, statusConfirmation } from '@/lib/content'
import { checkSite, sitePaths } from '@/lib/routes'
import { fixtureWith, VALID } from './content-fixture'

// Everything the content check reports: file problems, then broken links.
function problemsOf(root: string): string[] {
  try {
    checkSite(root)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return (error as ContentError).message
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
  }
  throw new Error('expected the content to be rejected')
}

describe('loadContent with valid files', () => {
  const content = loadContent(VALID)

  it('gives the route list every page path, including routes that live in code', () => {
    expect(sitePaths(content)).toEqual([
      '/',
      '/about',
      // the alert forms: subscribe, confirm, manage, unsubscribe
      '/alerts',
      '/alerts/confirm',
      '/alerts/manage',
      '/alerts/unsubscribe',
      '/consultations',
      '/feed.xml',
      '/members', // the member list and its filtered view, from the database
      '/members/filter',
      '/membership',
      '/membership/eligibility', // the membership page has an eligibility block
      '/publications/letter',
      '/publications/statement',
      '/search',
      '/working-groups/alpha',
      // status × topic, from topics.json
      '/working-groups/filter/all/all',
      '/working-groups/filter/all/dns',
      '/working-groups/filter/all/security',
      '/working-groups/filter/current/all',
      '/working-groups/filter/current/dns',
      '/working-groups/filter/current/security',
      '/working-groups/filter/past/all',
      '/working-groups/filter/past/dns',
      '/working-groups/filter/past/security',
      '/working-groups/filter/unknown/all',
      '/working-groups/filter/unknown/dns',
      '/working-groups/filter/unknown/security',
    ])
  })

  it('derives the filter paths from topics.json and the eligibility path from the membership page', () => {
    const root = fixtureWith({
      'topics.json': '{ "security": { "en": "Security" }, "dns": { "en": "DNS" }, "abuse": { "en": "Abuse" } }',
      'en/pages/membership.md': (old) => old.replace(/eligibility:[\s\S]*?(?=updated:)/, ''),
    })
    const paths = sitePaths(loadContent(root))
    const filters = paths.filter((p) => p.startsWith('/working-groups/filter/'))
    expect(filters).toHaveLength(4 * 4) // all/current/past/unknown × all and three topics
    expect(filters).toContain('/working-groups/filter/past/abuse')
    expect(paths).not.toContain('/membership/eligibility')
  })

  it('reads the eligibility criteria from the membership page', () => {
    const eligibility = content.entry('pages', 'en', 'membership')!.data.eligibility!
    expect(eligibility.intro).toBe('Tick what applies.')
    expect(eligibility.criteria.map((c) => `${c.id}:${c.group}`)).toEqual([
      'backbone:activity',
      'transit:activity',
      'affected:required',
      'participation:required',
    ])
  })

  it('validates and normalises front matter', () => {
    const home = content.entry('pages', 'en', 'index')!
    expect(home.data.updated).toBe('2026-11-23') // unquoted YAML date becomes a string
    const group = content.entry('working-groups', 'en', 'alpha')!
    expect(group.data).toMatchObject({
      status: { value: 'current', asOf: '2026-10', source: "The group's charter", sourceUrl: 'https://example.org/alpha' },
      topics: ['security', 'dns'],
    })
  })

  it('replaces site placeholders and localizes internal links', () => {
    expect(content.entry('pages', 'en', 'index')!.html).toContain('secretariat@example.org')
    expect(content.entry('pages', 'en', 'about')!.html).toContain('href="/en/working-groups/alpha"')
    expect(content.entry('pages', 'en', 'about')!.html).toContain('href="/en/membership#apply"')
    expect(content.entry('pages', 'fr', 'about')!.html).toContain('href="/fr/membership"')
  })

  it('renders GitHub-flavoured tables and ordered lists', () => {
    const about = content.entry('pages', 'en', 'about')!.html
    expect(about).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Region<\/th>/)
    expect(about).toContain('<td>Caribbean</td>')
    expect(content.entry('publications', 'en', 'statement')!.html).toMatch(/<ol>\s*<li>First<\/li>/)
  })

  it('falls back to the English original where a translation is missing', () => {
    expect(content.entry('pages', 'fr', 'about')!.locale).toBe('fr')
    expect(content.entry('pages', 'fr', 'membership')!.locale).toBe('en')
    expect(content.entry('pages', 'fr', 'nope')).toBeUndefined()
  })

  it('reports a translation missing, or outdated until it records what it was made from', () => {
    expect(content.translationState('pages', 'fr', 'membership')).toBe('missing')
    // The fixture records a title that is not the English one.
    expect(content.translationState('pages', 'fr', 'about')).toBe('outdated')
    expect(content.outdatedParts('pages', 'fr', 'about')).toEqual(['title', 'description', 'nav', 'body'])
    const root = fixtureWith({})
    markTranslated(root, 'pages', 'fr', 'about')
    expect(loadContent(root).translationState('pages', 'fr', 'about')).toBe('translated')
  })
})

describe('sanitising markdown', () => {
  const hostile = `---
title: Hostile
description: Tries to run code.
updated: "2026-11-01"
---
<script>alert(1)</script>

<img src="x" onerror="alert(2)">

<a href="javascript:alert(3)">raw link</a>

[md link](javascript:alert(4)) and [data](data:text/html,<script>alert(5)</script>)

<iframe src="https://evil.example"></iframe>
`
  const html = loadContent(fixtureWith({ 'en/pages/about.md': hostile })).entry('pages', 'en', 'about')!.html

  it('drops scripts, event handlers, frames and script URLs', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/onerror/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(html).not.toMatch(/data:text\/html/i)
    expect(html).not.toMatch(/<iframe/i)
    expect(html).toContain('md link') // the text survives, the URL does not
  })
})

describe('rejecting bad content', () => {
  it('names the file and YAML line of malformed front matter', () => {
    const root = fixtureWith({ 'en/pages/about.md': (old) => old.replace('label: About', 'label: [About') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/en\/pages\/about\.md: front matter: invalid YAML at line \d+/)])
  })

  it('names a missing required field', () => {
    const root = fixtureWith({ 'en/working-groups/alpha.md': (old) => old.replace('title: Alpha\n', '') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/en\/working-groups\/alpha\.md: title: required field is missing$/)])
  })

  it('names a wrong enum value and what was expected', () => {
    const root = fixtureWith({ 'en/working-groups/alpha.md': (old) => old.replace('value: current', 'value: soon') })
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/en\/working-groups\/alpha\.md: status\.value: expected "current" \| "past" \| "unknown", got "soon"$/),
    ])
  })

  it('rejects unknown fields, bad dates and unknown topics', () => {
    const root = fixtureWith({
      'en/working-groups/alpha.md': (old) =>
        old.replace('topics:', 'stauts: past\ntopics:').replace('"2026-11-01"', '"1 Nov 2026"').replace('dns]', 'dnss]'),
    })
    const problems = problemsOf(root)
    expect(problems).toContainEqual(expect.stringMatching(/alpha\.md: unknown field stauts$/))
    expect(problems).toContainEqual(expect.stringMatching(/alpha\.md: updated: expected a date written YYYY-MM-DD/))
    expect(problems).toHaveLength(2) // topics are checked once the file itself is valid
  })

  it('rejects a topic that is not in topics.json', () => {
    const root = fixtureWith({ 'en/working-groups/alpha.md': (old) => old.replace('dns]', 'dnss]') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/alpha\.md: topics: unknown topic "dnss"/)])
  })

  it('rejects a broken internal link, naming the file', () => {
    const root = fixtureWith({ 'en/pages/about.md': (old) => old.replace('/working-groups/alpha', '/working-groups/beta') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/en\/pages\/about\.md: body: broken internal link "\/working-groups\/beta"/)])
  })

  it('rejects a level-1 heading, an unknown placeholder and a relative link', () => {
    const root = fixtureWith({ 'en/pages/membership.md': (old) => `${old}\n# Title again\n\n{{site.phone}} [x](membership.md)\n` })
    const problems = problemsOf(root)
    expect(problems).toHaveLength(3)
    expect(problems.every((p) => p.includes('en/pages/membership.md: body:'))).toBe(true)
  })

  it('rejects a translation without an English original', () => {
    const root = fixtureWith({ 'fr/pages/extra.md': readFileSync(join(VALID, 'fr/pages/about.md'), 'utf8') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/fr\/pages\/extra\.md: no English original/)])
  })

  it('rejects a bad eligibility block: unknown group, or on another page', () => {
    const root = fixtureWith({
      'en/pages/membership.md': (old) => old.replace('group: required, label: is affected', 'group: needed, label: is affected'),
      'en/pages/about.md': (old) =>
        old.replace('updated:', 'eligibility:\n  intro: Hi.\n  criteria:\n    - {id: x, group: activity, label: x}\nupdated:'),
    })
    const problems = problemsOf(root)
    expect(problems).toContainEqual(
      expect.stringMatching(/membership\.md: eligibility\.criteria\.2\.group: expected "activity" \| "required", got "needed"$/),
    )
    expect(problems).toContainEqual(
      expect.stringMatching(/about\.md: eligibility: only the membership page can have an eligibility check$/),
    )
    expect(problems).toHaveLength(2)
  })

  it('rejects duplicate criterion ids', () => {
    const root = fixtureWith({ 'en/pages/membership.md': (old) => old.replace('id: transit', 'id: backbone') })
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/membership\.md: eligibility\.criteria\.1\.id: duplicate criterion id "backbone"/),
    ])
  })

  it('rejects a translated eligibility block whose criteria differ from the English ones', () => {
    const english = readFileSync(join(VALID, 'en/pages/membership.md'), 'utf8')
    const root = fixtureWith({ 'fr/pages/membership.md': english.replace('id: participation', 'id: participer') })
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/fr\/pages\/membership\.md: eligibility\.criteria: must list the same ids and groups, in the same order, as/),
    ])
    // Same ids and groups, translated labels: fine.
    const translated = fixtureWith({ 'fr/pages/membership.md': english.replace('operates a backbone', 'exploite un réseau dorsal') })
    expect(loadContent(translated).entry('pages', 'fr', 'membership')!.data.eligibility!.criteria[0]!.label).toBe(
      'exploite un réseau dorsal',
    )
  })

  it('reserves the topic id "all" for the working-group filter', () => {
    const root = fixtureWith({
      'topics.json': '{ "security": { "en": "Security" }, "dns": { "en": "DNS" }, "all": { "en": "Everything" } }',
    })
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/topics\.json: .*reserved for the working-group filter/))
  })

  it('rejects invalid site settings', () => {
    const root = fixtureWith({ 'site.json': (old) => old.replace('secretariat@example.org', 'not-an-address') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/site\.json: contactEmail: /)])
  })
})

describe('dated working-group status', () => {
  const alpha = (change: (old: string) => string) => fixtureWith({ 'en/working-groups/alpha.md': change })

  it('names the file and the status field that is wrong', () => {
    const problems = problemsOf(
      alpha((old) =>
        old
          .replace('asOf: "2026-10"', 'asOf: "last spring"')
          .replace('sourceUrl: https://', 'sourceUrl: http://')
          .replace("  source: The group's charter\n", ''),
      ),
    )
    expect(problems).toContainEqual(
      expect.stringMatching(/en\/working-groups\/alpha\.md: status\.asOf: expected YYYY, YYYY-MM or YYYY-MM-DD/),
    )
    expect(problems).toContainEqual(expect.stringMatching(/en\/working-groups\/alpha\.md: status\.source: required field is missing$/))
    expect(problems).toContainEqual(expect.stringMatching(/en\/working-groups\/alpha\.md: status\.sourceUrl: /))
    expect(problems).toHaveLength(3)
  })

  it('rejects the old undated status', () => {
    const root = alpha((old) => old.replace(/status:\n( {2}.*\n)+/, 'status: current\n'))
    expect(problemsOf(root)).toEqual([expect.stringMatching(/alpha\.md: status: expected object, got "current"$/)])
  })

  it('accepts a bare year, and unknown as a value', () => {
    const root = alpha((old) => old.replace('value: current', 'value: unknown').replace('asOf: "2026-10"', 'asOf: 2012'))
    expect(loadContent(root).entry('working-groups', 'en', 'alpha')!.data.status).toMatchObject({ value: 'unknown', asOf: '2012' })
  })

  it('marks an estimated date, and keeps the translations to the same mark', () => {
    const estimated = (old: string) => old.replace('asOf: "2026-10"\n', 'asOf: "2026-10"\n  estimated: true\n')
    const english = estimated(readFileSync(join(VALID, 'en/working-groups/alpha.md'), 'utf8'))
    const root = fixtureWith({ 'en/working-groups/alpha.md': english, 'fr/working-groups/alpha.md': english })
    expect(loadContent(root).entry('working-groups', 'fr', 'alpha')!.data.status.estimated).toBe(true)
    const unmarked = fixtureWith({
      'en/working-groups/alpha.md': english,
      'fr/working-groups/alpha.md': english.replace('  estimated: true\n', ''),
    })
    expect(problemsOf(unmarked)).toEqual([
      expect.stringMatching(/fr\/working-groups\/alpha\.md: status\.estimated: must match the English .*alpha\.md \(true\), got not set$/),
    ])
    expect(problemsOf(alpha((old) => old.replace('asOf: "2026-10"\n', 'asOf: "2026-10"\n  estimated: false\n')))).toEqual([
      expect.stringMatching(/alpha\.md: status\.estimated: /),
    ])
  })

  it('keeps a translation to the same status and date, with its source translated', () => {
    const english = readFileSync(join(VALID, 'en/working-groups/alpha.md'), 'utf8')
    const fine = fixtureWith({ 'fr/working-groups/alpha.md': english.replace("The group's charter", 'La charte du groupe') })
    expect(loadContent(fine).entry('working-groups', 'fr', 'alpha')!.data.status.source).toBe('La charte du groupe')
    const root = fixtureWith({
      'fr/working-groups/alpha.md': english.replace('asOf: "2026-10"', 'asOf: "2026-11"').replace('value: current', 'value: past'),
    })
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/fr\/working-groups\/alpha\.md: status\.value: must match the English .*alpha\.md \(current\), got past$/),
      expect.stringMatching(/fr\/working-groups\/alpha\.md: status\.asOf: must match the English .*alpha\.md \(2026-10\), got 2026-11$/),
    ])
  })
})

describe('statusConfirmation', () => {
  const on = (day: string) => new Date(`${day}T12:00:00Z`)

  it('is fresh for two years after the day it was confirmed, stale after', () => {
    expect(statusConfirmation({ asOf: '2024-03-15' }, on('2026-03-15'))).toEqual({ stale: false, asOf: '2024-03-15' })
    expect(statusConfirmation({ asOf: '2024-03-15' }, on('2026-03-16')).stale).toBe(true)
  })

  it('counts a month or a year from its last day, so it is never stale too early', () => {
    expect(statusConfirmation({ asOf: '2024-02' }, on('2026-02-28')).stale).toBe(false)
    expect(statusConfirmation({ asOf: '2024-02' }, on('2026-03-01')).stale).toBe(true)
    expect(statusConfirmation({ asOf: '2012' }, on('2014-12-31')).stale).toBe(false)
    expect(statusConfirmation({ asOf: '2012' }, on('2015-01-01')).stale).toBe(true)
  })
})

describe('documents kept in their original language', () => {
  const content = loadContent(VALID)

  it('shows the translated title and summary over the English body', () => {
    const letter = content.entry('publications', 'fr', 'letter')!
    expect(letter).toMatchObject({ locale: 'fr', textLocale: 'en', originalLanguageOnly: true })
    expect(letter.data.title).toBe('Une vieille lettre')
    expect(letter.html).toContain('Write to')
    expect(letter.html).toContain('href="/fr/membership"') // links stay in the visitor's language
  })

  it('falls back to the English title where there is no translation', () => {
    const letter = content.entry('publications', 'es', 'letter')!
    expect(letter).toMatchObject({ locale: 'en', textLocale: 'en', originalLanguageOnly: true })
    const ordinary = content.entry('pages', 'fr', 'about')!
    expect(ordinary).toMatchObject({ locale: 'fr', textLocale: 'fr', originalLanguageOnly: false })
  })

  it('is "original-only" in the status report, not missing; its title translation can be outdated', () => {
    expect(content.translationState('publications', 'es', 'letter')).toBe('original-only')
    expect(content.translationState('publications', 'es', 'statement')).toBe('missing')
    expect(content.translationState('publications', 'fr', 'letter')).toBe('outdated') // stale fixture record
    const marked = fixtureWith({})
    markTranslated(marked, 'publications', 'fr', 'letter')
    expect(loadContent(marked).translationState('publications', 'fr', 'letter')).toBe('translated')
    // The English body is not translated, so changing it outdates nothing
    // (tests/unit/translation-status.test.ts changes the other parts).
    writeFileSync(join(marked, 'en/publications/letter.md'), `${readFileSync(join(marked, 'en/publications/letter.md'), 'utf8')}\nMore.\n`)
    expect(loadContent(marked).translationState('publications', 'fr', 'letter')).toBe('translated')
  })

  it('rejects a translated body and a translation that disagrees about the flag', () => {
    expect(problemsOf(fixtureWith({ 'fr/publications/letter.md': (old) => `${old}Une traduction.\n` }))).toEqual([
      expect.stringMatching(/fr\/publications\/letter\.md: body: .*kept in English only .*leave the body empty$/),
    ])
    expect(
      problemsOf(
        fixtureWith({ 'fr/publications/letter.md': (old) => old.replace('originalLanguageOnly: true', 'originalLanguageOnly: false') }),
      ),
    ).toEqual([expect.stringMatching(/fr\/publications\/letter\.md: originalLanguageOnly: must match the English .*letter\.md \(true\)$/)])
  })

  it('accepts a publication without an author', () => {
    expect(content.entry('publications', 'en', 'letter')!.data.author).toBeUndefined()
  })
})

describe('site settings', () => {
  it('warns, without failing, while contact address and repository hold example values', () => {
    const warnings = loadContent(VALID).warnings.map(formatProblem)
    expect(warnings).toEqual([
      expect.stringMatching(/site\.json: contactEmail: "secretariat@example\.org" is an example address/),
      expect.stringMatching(/site\.json: repositoryUrl: "https:\/\/github\.com\/example\/site" is an example repository/),
    ])
    const real = fixtureWith({
      'site.json': (old) =>
        old
          .replace('secretariat@example.org', 'office@constituency.test')
          .replace('github.com/example/site', 'github.com/constituency/site'),
    })
    expect(loadContent(real).warnings).toEqual([])
  })
})

describe('e-mail addresses in the text', () => {
  it('keeps a bare address as plain text and a written mailto link as a link', () => {
    const content = loadContent(VALID)
    const home = content.entry('pages', 'en', 'index')!.html
    expect(home).toContain('write to secretariat@example.org')
    expect(home).not.toContain('mailto:')
    expect(content.entry('pages', 'en', 'membership')!.html).toContain('href="mailto:secretariat@example.org"')
  })
})
