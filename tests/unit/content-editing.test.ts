// Editing a content file through the desk's form: the form's fields come from
// the content schemas, an edit changes only the lines of the fields changed
// (every other byte of the file stays), list buttons add, remove and reorder,
// and the content check's own words come back for a bad value.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CollectionName } from '../../lib/content/schemas'
import { diffLines } from '../../lib/editing/diff'
import { checkChange } from '../../lib/editing/check'
import { editedText, filePath, openFile } from '../../lib/editing/editor'
import { applyListOperation, formFields, fromFormValues, parseListOperation, toFormValues } from '../../lib/editing/fields'
import { editFrontMatter, readFrontMatter, splitFile } from '../../lib/editing/front-matter'
import { problemsByField } from '../../lib/editing/form'
import { proposedFiles, listContent } from '../../lib/editing/listing'
import { LocalGitStore } from '../../lib/editing/local-store'
import { checkNewEntry } from '../../lib/editing/new-entry'
import { type ContentRepo, commitOnBranch, makeContentRepo } from '../support/content-repo'

// Each test makes a git repository and runs git: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

const FIXTURES = join(import.meta.dirname, '../fixtures/content')

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : []
  })
}

// Every fixture file of a collection folder, with its collection.
const fixtureFiles = markdownFiles(FIXTURES)
  .map((path) => ({ path, collection: /\/(pages|working-groups|publications)\/[^/]+\.md$/.exec(path)?.[1] as CollectionName | undefined }))
  .filter((f): f is { path: string; collection: CollectionName } => f.collection !== undefined)

const changedLines = (before: string, after: string) => diffLines(before, after).filter((l) => l.op !== ' ')

describe('front matter edited through the YAML document', () => {
  it('covers many fixture files in several layouts', () => {
    expect(fixtureFiles.length).toBeGreaterThan(30)
  })

  it('leaves every file byte-identical when the form sends back what it showed', () => {
    for (const { path, collection } of fixtureFiles) {
      const split = splitFile(readFileSync(path, 'utf8'))
      if (!split) continue
      const fields = formFields(collection)
      const data = readFrontMatter(split.front)
      const { translatedFrom } = data as { translatedFrom?: never }
      const again = { ...fromFormValues(fields, toFormValues(fields, data)), ...(translatedFrom ? { translatedFrom } : {}) }
      expect(editFrontMatter(split.front, again), path).toBe(split.front)
    }
  })

  it('changes only the line of the field that changed, whatever the file’s layout', () => {
    for (const { path, collection } of fixtureFiles) {
      const split = splitFile(readFileSync(path, 'utf8'))
      if (!split) continue
      const data = readFrontMatter(split.front)
      if (typeof data.title !== 'string') continue
      const edited = editFrontMatter(split.front, { ...(data as Record<string, never>), title: 'A new title' })
      const changed = changedLines(split.front, edited)
      expect(changed, `${path} (${collection})`).toEqual([
        { op: '-', text: expect.stringMatching(/^title:/) },
        { op: '+', text: expect.stringMatching(/^title: (A new title|"A new title")$/) },
      ])
    }
  })

  it('keeps a flow list in flow style and a quoted value quoted', () => {
    const front = 'title: "Groupe"\nstatus:\n  value: current\n  asOf: "2026-01"\ntopics: [security, naming]\nupdated: "2026-01-01"\n'
    const edited = editFrontMatter(front, {
      title: 'Groupe',
      status: { value: 'past', asOf: '2025' },
      topics: ['security', 'naming', 'dns'],
      updated: '2026-01-01',
    })
    expect(edited).toBe('title: "Groupe"\nstatus:\n  value: past\n  asOf: "2025"\ntopics: [security, naming, dns]\nupdated: "2026-01-01"\n')
  })

  it('takes a year written as a number as the same year', () => {
    expect(editFrontMatter('asOf: 2012\n', { asOf: '2012' })).toBe('asOf: 2012\n')
  })
})

describe('form fields from the schemas', () => {
  it('names each input by its front matter path', () => {
    const fields = formFields('working-groups')
    const values = toFormValues(fields, {
      title: 'T',
      status: { value: 'current', asOf: '2026', source: 'S' },
      topics: ['dns', 'security'],
      updated: '2026-01-01',
    })
    expect(values).toEqual({
      title: 'T',
      'status.value': 'current',
      'status.asOf': '2026',
      'status.source': 'S',
      'topics.0': 'dns',
      'topics.1': 'security',
      updated: '2026-01-01',
    })
    expect(fields.map((f) => f.path)).not.toContain('translatedFrom')
  })

  it('adds, removes and moves list items, objects included', () => {
    const fields = formFields('pages')
    const values = {
      title: 'Membership',
      'eligibility.intro': 'Who',
      'eligibility.criteria.0.id': 'a',
      'eligibility.criteria.0.group': 'activity',
      'eligibility.criteria.0.label': 'A',
      'eligibility.criteria.1.id': 'b',
      'eligibility.criteria.1.group': 'required',
      'eligibility.criteria.1.label': 'B',
    }
    const moved = applyListOperation(fields, values, parseListOperation('up:eligibility.criteria.1')!)
    expect(fromFormValues(fields, moved).eligibility).toMatchObject({ criteria: [{ id: 'b' }, { id: 'a' }] })
    const added = applyListOperation(fields, moved, parseListOperation('add:eligibility.criteria')!)
    expect(added['eligibility.criteria.2.label']).toBe('')
    // An item left empty is not written.
    expect((fromFormValues(fields, added).eligibility as { criteria: unknown[] }).criteria).toHaveLength(2)
    const removed = applyListOperation(fields, added, parseListOperation('remove:eligibility.criteria.0')!)
    expect(fromFormValues(fields, removed).eligibility).toMatchObject({ criteria: [{ id: 'a' }] })
    const keywords = applyListOperation(fields, values, parseListOperation('add:keywords')!)
    expect(keywords['keywords.0']).toBe('')
  })

  it('leaves out an optional block left empty and keeps a required one for the check to report', () => {
    const fields = formFields('pages')
    expect(fromFormValues(fields, { title: 'T', 'nav.label': '', 'nav.order': '' })).not.toHaveProperty('nav')
    expect(fromFormValues(fields, { title: '', 'nav.label': 'N', 'nav.order': '3' })).toMatchObject({
      title: '',
      nav: { label: 'N', order: 3 },
    })
  })
})

describe('a proposed edit, checked before anything is written', () => {
  let repo: ContentRepo
  let store: LocalGitStore
  const target = { locale: 'fr', collection: 'working-groups', slug: 'alpha-group' } as const
  beforeEach(() => {
    repo = makeContentRepo()
    store = new LocalGitStore(repo.dir, 'main')
  })
  afterEach(() => repo.remove())

  it('reports a bad value next to its field in the content check’s words, and a good edit passes', async () => {
    const opened = (await openFile(store, target))!
    expect(opened.values['status.asOf']).toBe('2026-01')
    const bad = await editedText(store, target, { ...opened, values: { ...opened.values, 'status.asOf': 'last spring' }, message: '' })
    const problems = await checkChange(store, opened.base, [{ path: filePath(target), text: bad }])
    expect(problemsByField(problems, filePath(target))).toEqual({
      errors: { 'status.asOf': 'expected YYYY, YYYY-MM or YYYY-MM-DD, got "last spring"' },
      problems: [`${filePath(target)}: status.asOf: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last spring"`],
    })
    // The language lint runs too: the English says "working group", so must the French.
    const unglossed = await editedText(store, target, {
      ...opened,
      values: { ...opened.values, summary: 'Un groupe de test.' },
      message: '',
    })
    const lint = await checkChange(store, opened.base, [{ path: filePath(target), text: unglossed }])
    expect(problemsByField(lint, filePath(target)).errors).toEqual({
      summary: 'the English says “working group”: use the glossary term “groupes? de travail”',
    })
    const good = await editedText(store, target, {
      ...opened,
      values: { ...opened.values, summary: 'Un groupe de travail de test, mis à jour.' },
      message: '',
    })
    expect(await checkChange(store, opened.base, [{ path: filePath(target), text: good }])).toEqual([])
  })

  it('reports a cross-file rule: a translation’s status must match the English', async () => {
    const opened = (await openFile(store, target))!
    const text = await editedText(store, target, { ...opened, values: { ...opened.values, 'status.value': 'past' }, message: '' })
    const problems = await checkChange(store, opened.base, [{ path: filePath(target), text }])
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'status.value',
        message: 'must match the English content/en/working-groups/alpha-group.md (current), got past',
      }),
    ])
  })

  it('records in a saved translation the English it was made from, and changes no other line', async () => {
    const opened = (await openFile(store, target))!
    const before = (await store.read(filePath(target), opened.base))!
    const text = await editedText(store, target, {
      ...opened,
      values: { ...opened.values, summary: 'Un autre groupe de travail.' },
      message: '',
    })
    const changed = changedLines(before, text)
    expect(changed.filter((l) => l.op === '+').map((l) => l.text)).toEqual([
      'summary: "Un autre groupe de travail."',
      expect.stringMatching(
        /^translatedFrom: \{ title: "[0-9a-f]{8}", summary: "[0-9a-f]{8}", status: "[0-9a-f]{8}", body: "[0-9a-f]{8}" \}$/,
      ),
    ])
    expect(changed.filter((l) => l.op === '-').map((l) => l.text)).toEqual([expect.stringMatching(/^summary:/)])
  })
})

describe('translations and new entries', () => {
  let repo: ContentRepo
  let store: LocalGitStore
  beforeEach(() => {
    repo = makeContentRepo()
    store = new LocalGitStore(repo.dir, 'main')
  })
  afterEach(() => repo.remove())

  it('shows what changed in the English since the translation was made', async () => {
    const fr = { locale: 'fr', collection: 'working-groups', slug: 'alpha-group' } as const
    const en = { ...fr, locale: 'en' } as const
    // The translation is marked as made from the English as it is now ...
    const opened = (await openFile(store, fr))!
    const marked = await editedText(store, fr, { ...opened, message: '' })
    commitOnBranch(repo.dir, 'main', filePath(fr), marked)
    expect((await openFile(store, fr))!.outdated).toEqual([])
    // ... then the English summary changes.
    const english = (await store.read(filePath(en), await store.head()))!
    const summary = /^summary: .*$/m.exec(english)![0]
    commitOnBranch(repo.dir, 'main', filePath(en), english.replace(summary, 'summary: "A rewritten summary of the working group."'))
    const again = (await openFile(store, fr))!
    expect(again.outdated).toEqual(['summary'])
    expect(again.englishChanges).toBe(`-${summary}\n+summary: "A rewritten summary of the working group."`)
    expect(again.english?.values.summary).toBe('A rewritten summary of the working group.')
  })

  it('checks a new entry’s name, then proposes a file that passes the content check', async () => {
    expect(await checkNewEntry(store, 'working-groups', 'Bad Name')).toEqual({
      errors: { slug: 'Use lower-case letters and digits, words joined by - (it becomes the address), at most 80 characters.' },
    })
    expect(await checkNewEntry(store, 'working-groups', 'alpha-group')).toEqual({
      errors: { slug: 'content/en/working-groups/alpha-group.md already exists: choose another name.' },
    })
    expect(await checkNewEntry(store, 'pages', 'x')).toEqual({ errors: { collection: 'Choose a working group or a publication.' } })
    expect(await checkNewEntry(store, 'working-groups', 'omega-group')).toEqual({
      path: '/staff/content/en/working-groups/omega-group?new=1',
    })
    // The translations it opens, in the site's order; English and unknown languages are not.
    expect(await checkNewEntry(store, 'working-groups', 'omega-group', ['ar', 'en', 'xx', 'fr'])).toEqual({
      path: '/staff/content/en/working-groups/omega-group?new=1&translations=fr,ar',
    })

    const target = { locale: 'en', collection: 'working-groups', slug: 'omega-group' } as const
    expect(await openFile(store, target)).toBeUndefined()
    const opened = (await openFile(store, target, { create: true }))!
    expect(opened.exists).toBe(false)
    expect(opened.values).toEqual({ updated: new Date().toISOString().slice(0, 10) })
    const empty = await editedText(store, target, { ...opened, message: '' })
    const problems = await checkChange(store, opened.base, [{ path: filePath(target), text: empty }])
    expect(problemsByField(problems, filePath(target)).errors).toMatchObject({
      title: 'must not be empty, got ""',
      'status.value': 'expected "current" | "past" | "unknown", got ""',
    })
    const values = {
      ...opened.values,
      title: 'Omega group',
      summary: 'A working group made on the desk.',
      'status.value': 'unknown',
      'status.asOf': '2026',
      'status.source': 'The desk test',
      'topics.0': 'security',
    }
    const text = await editedText(store, target, { ...opened, values, body: 'The omega working group.\n', message: '' })
    expect(await checkChange(store, opened.base, [{ path: filePath(target), text }])).toEqual([])
    expect(text).toBe(
      `---\ntitle: Omega group\nsummary: A working group made on the desk.\nstatus:\n  value: unknown\n  asOf: "2026"\n  source: The desk test\ntopics:\n  - security\nupdated: ${opened.values.updated}\n---\nThe omega working group.\n`,
    )
  })

  it('a new English file opens translations: listed as missing, each opens an empty form beside the English and joins its branch', async () => {
    const en = { locale: 'en', collection: 'working-groups', slug: 'omega-group' } as const
    const fr = { ...en, locale: 'fr' } as const
    const created = (await openFile(store, en, { create: true }))!
    const values = {
      ...created.values,
      title: 'Omega group',
      summary: 'A working group made on the desk.',
      'status.value': 'unknown',
      'status.asOf': '2026',
      'status.source': 'The desk test',
      'topics.0': 'security',
    }
    const english = await editedText(store, en, { ...created, values, body: 'The omega working group.\n', message: '' })
    const proposed = await store.propose({
      files: [{ path: filePath(en), text: english }],
      message: 'Omega',
      author: { email: 'editor@example.org' },
      base: created.base,
      opens: ['fr'],
    })
    const listedFr = async () => {
      const listing = await listContent(store, await store.head())
      expect(listing.files.some((f) => f.slug === 'omega-group')).toBe(false)
      return proposedFiles(store, await store.changes(), listing)
    }
    expect(await listedFr()).toEqual([
      {
        collection: 'working-groups',
        slug: 'omega-group',
        title: 'Omega group',
        proposed: proposed.branch,
        states: [
          { locale: 'en', state: 'english' },
          { locale: 'fr', state: 'missing' },
        ],
      },
    ])

    // Its words empty, the English beside them; what the check holds to the English's, kept.
    const opened = (await openFile(store, fr))!
    expect(opened).toMatchObject({ exists: false, base: proposed.commit, body: '', change: { branch: proposed.branch } })
    expect(opened.values).toEqual({
      title: '',
      summary: '',
      'status.value': 'unknown',
      'status.asOf': '2026',
      'status.source': '',
      'topics.0': 'security',
      updated: created.values.updated,
    })
    expect(opened.english?.values.title).toBe('Omega group')
    // Proposed as it opened, it is refused in the check's words: no blank page.
    const blank = await editedText(store, fr, { ...opened, message: '' })
    expect(
      problemsByField(await checkChange(store, opened.base, [{ path: filePath(fr), text: blank }]), filePath(fr)).errors,
    ).toMatchObject({
      title: 'must not be empty, got ""',
    })
    const translated = {
      ...opened.values,
      title: 'Groupe oméga',
      summary: 'Un groupe de travail créé sur le bureau.',
      'status.source': 'Le test du bureau',
    }
    const text = await editedText(store, fr, { ...opened, values: translated, body: 'Le groupe de travail oméga.\n', message: '' })
    expect(text).toMatch(
      /^translatedFrom: \{ title: "[0-9a-f]{8}", summary: "[0-9a-f]{8}", status: "[0-9a-f]{8}", body: "[0-9a-f]{8}" \}$/m,
    )
    expect(await checkChange(store, opened.base, [{ path: filePath(fr), text }])).toEqual([])
    const joined = await store.propose({
      files: [{ path: filePath(fr), text }],
      message: 'Omega in French',
      author: { email: 'editor@example.org' },
      base: opened.base,
      branch: opened.change!.branch,
    })
    expect(joined).toMatchObject({ branch: proposed.branch, added: true })
    expect((await listedFr())[0]!.states).toEqual([
      { locale: 'en', state: 'english' },
      { locale: 'fr', state: 'present' },
    ])
    expect((await openFile(store, fr))!).toMatchObject({ exists: true, values: { title: 'Groupe oméga' } })
  })
})
