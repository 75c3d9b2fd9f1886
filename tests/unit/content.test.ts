import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentError, loadContent } from '@/lib/content'
import { checkSite, sitePaths } from '@/lib/routes'
import { fixtureWith, VALID } from './content-fixture'

// Everything the content check reports: file problems, then broken links.
function problemsOf(root: string): string[] {
  try {
    checkSite(root)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return (error as ContentError).message.split('\n').slice(1).map((l) => l.trim())
  }
  throw new Error('expected the content to be rejected')
}

describe('loadContent with valid files', () => {
  const content = loadContent(VALID)

  it('gives the route list every page path, including routes that live in code', () => {
    expect(sitePaths(content)).toEqual([
      '/',
      '/about',
      '/feed.xml',
      '/membership',
      '/membership/eligibility', // the membership page has an eligibility block
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
    ])
  })

  it('derives the filter paths from topics.json and the eligibility path from the membership page', () => {
    const root = fixtureWith({
      'topics.json': '{ "security": { "en": "Security" }, "dns": { "en": "DNS" }, "abuse": { "en": "Abuse" } }',
      'en/pages/membership.md': (old) => old.replace(/eligibility:[\s\S]*?(?=updated:)/, ''),
    })
    const paths = sitePaths(loadContent(root))
    const filters = paths.filter((p) => p.startsWith('/working-groups/filter/'))
    expect(filters).toHaveLength(3 * 4) // all/current/past × all and three topics
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
    expect(group.data).toMatchObject({ status: 'current', topics: ['security', 'dns'] })
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

  it('reports translation state against the English source hash', () => {
    expect(content.translationState('pages', 'fr', 'membership')).toBe('missing')
    // The fixture's recorded source hash is deliberately stale.
    expect(content.translationState('pages', 'fr', 'about')).toBe('outdated')
    const current = content.entry('pages', 'en', 'about')!.sourceHash
    const root = fixtureWith({ 'fr/pages/about.md': (old) => old.replace('000000000000', current) })
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
    const root = fixtureWith({ 'en/working-groups/alpha.md': (old) => old.replace('status: current', 'status: soon') })
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/en\/working-groups\/alpha\.md: status: expected "past" \| "current", got "soon"$/),
    ])
  })

  it('rejects unknown fields, bad dates and unknown topics', () => {
    const root = fixtureWith({
      'en/working-groups/alpha.md': (old) =>
        old.replace('status: current', 'status: current\nstauts: past').replace('"2026-11-01"', '"1 Nov 2026"').replace('dns]', 'dnss]'),
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
    expect(problems).toContainEqual(expect.stringMatching(/membership\.md: eligibility\.criteria\.2\.group: expected "activity" \| "required", got "needed"$/))
    expect(problems).toContainEqual(expect.stringMatching(/about\.md: eligibility: only the membership page can have an eligibility check$/))
    expect(problems).toHaveLength(2)
  })

  it('rejects duplicate criterion ids', () => {
    const root = fixtureWith({ 'en/pages/membership.md': (old) => old.replace('id: transit', 'id: backbone') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/membership\.md: eligibility\.criteria\.1\.id: duplicate criterion id "backbone"/)])
  })

  it('rejects a translated eligibility block whose criteria differ from the English ones', () => {
    const english = readFileSync(join(VALID, 'en/pages/membership.md'), 'utf8')
    const root = fixtureWith({ 'fr/pages/membership.md': english.replace('id: participation', 'id: participer') })
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/fr\/pages\/membership\.md: eligibility\.criteria: must list the same ids and groups, in the same order, as/),
    ])
    // Same ids and groups, translated labels: fine.
    const translated = fixtureWith({ 'fr/pages/membership.md': english.replace('operates a backbone', 'exploite un réseau dorsal') })
    expect(loadContent(translated).entry('pages', 'fr', 'membership')!.data.eligibility!.criteria[0]!.label).toBe('exploite un réseau dorsal')
  })

  it('reserves the topic id "all" for the working-group filter', () => {
    const root = fixtureWith({ 'topics.json': '{ "security": { "en": "Security" }, "dns": { "en": "DNS" }, "all": { "en": "Everything" } }' })
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/topics\.json: .*reserved for the working-group filter/))
  })

  it('rejects invalid site settings', () => {
    const root = fixtureWith({ 'site.json': (old) => old.replace('secretariat@example.org', 'not-an-address') })
    expect(problemsOf(root)).toEqual([expect.stringMatching(/site\.json: contactEmail: /)])
  })
})

describe('the real content', () => {
  it('passes validation', () => {
    const content = loadContent(join(import.meta.dirname, '../../content'))
    expect(content.slugs('working-groups').length).toBeGreaterThanOrEqual(5)
    expect(content.slugs('publications').length).toBeGreaterThanOrEqual(2)
  })
})
