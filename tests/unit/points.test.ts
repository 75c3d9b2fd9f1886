import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentError, formatProblem, loadContent } from '@/lib/content'
import { renderMarkdown } from '@/lib/content/markdown'
import { fixtureWith } from './content-fixture'

const render = (body: string, points = true) =>
  renderMarkdown(body, { file: 'en/publications/x.md', linkPrefix: '/en', isKnownPath: () => true, tokens: {}, points })

const OPEN = 'consultation:\n  opens: 2026-11-01T00:00:00Z\n  closes: 2026-12-15T17:00:00Z'
const statement = (body: string) =>
  `---\ntitle: A statement\nsummary: Something said.\ndate: "2005"\n${OPEN}\nupdated: "2026-11-01"\n---\n${body}`

function problemsOf(root: string): string[] {
  try {
    loadContent(root)
    return []
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem)
    throw error
  }
}

describe("a consultation's numbered points", () => {
  it('numbers the items of top-level ordered lists through the whole text, with an anchor and a slot each', () => {
    const { html, points, problems } = render(
      '## Part one\n\n1. First *point*\n2. Second\n   1. not a point\n\n- a bullet\n\n> 1. quoted, not a point\n\n## Part two\n\n3. Third\n',
    )
    expect(problems).toEqual([])
    expect(points).toEqual([
      { number: 1, id: 'point-1', text: 'First point' },
      { number: 2, id: 'point-2', text: 'Second not a point' },
      { number: 3, id: 'point-3', text: 'Third' },
    ])
    expect(html).toContain('<li id="point-1">First <em>point</em><!--point-1--></li>')
    expect(html).toContain('<li id="point-3">Third<!--point-3--></li>')
    expect(html.match(/id="point-/g)).toHaveLength(3)
  })

  it('leaves other pages alone', () => {
    const { html, points } = render('1. First\n2. Second\n', false)
    expect(points).toEqual([])
    expect(html).not.toContain('point-')
  })

  it('keeps an author from writing a slot or an anchor of their own', () => {
    const { html, points } = render('<!--point-1-->\n\n<li id="point-9">x</li>\n\n1. Real\n')
    expect(points.map((p) => p.id)).toEqual(['point-1'])
    expect(html.match(/<!--point-1-->/g)).toHaveLength(1)
    expect(html).not.toContain('point-9')
  })

  it('refuses numbers the reader would see differently from the points', () => {
    expect(render('1. One\n2. Two\n\nText.\n\n1. Three, shown as 1\n').problems.map((p) => p.message)).toEqual([
      'a numbered list starts at 1 where it is point 3: number the points of the statement 1, 2, 3… through the whole text (write "3." for its first item)',
    ])
    expect(render('1. One\n2. Two\n\nText.\n\n3. Three\n').problems).toEqual([])
    expect(render('4. One\n').problems).toHaveLength(1)
  })

  it('fails the check when a translation has other points than the English, naming the file', () => {
    const root = fixtureWith({
      'en/publications/statement.md': (old) => old.replace('updated:', `${OPEN}\nupdated:`),
      'fr/publications/statement.md': statement('1. Premier\n2. Deuxième\n3. Troisième\n'),
    })
    const dir = basename(root)
    expect(problemsOf(root)).toEqual([
      `${dir}/fr/publications/statement.md: body: has 3 numbered points, the English ${dir}/en/publications/statement.md has 2: a translation keeps the same points, in the same order`,
    ])
  })

  it('gives every language the English points of a statement kept in English only', () => {
    const root = fixtureWith({
      'en/publications/statement.md': (old) => old.replace('updated:', `originalLanguageOnly: true\n${OPEN}\nupdated:`),
      'fr/publications/statement.md': statement('').replace('updated:', 'originalLanguageOnly: true\nupdated:'),
    })
    const content = loadContent(root)
    expect(content.entry('publications', 'fr', 'statement')!.points.map((p) => p.id)).toEqual(['point-1', 'point-2'])
    expect(content.entry('publications', 'zh', 'statement')!.points).toHaveLength(2)
  })
})
