import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content'
import { renderMarkdown } from '@/lib/content/markdown'
import { VALID } from './content-fixture'

const render = (body: string) => renderMarkdown(body, { file: 'en/pages/x.md', linkPrefix: '/en', isKnownPath: () => true, tokens: {} })

describe('rendering markdown', () => {
  it('gives the visible text of the sanitised page, block by block', () => {
    const { text } = render(
      '## A &#x26; B\n\nx &lt;script&gt; <b onclick="x()">raw</b> [link](/y)\n\n<script>alert(1)</script>\n\n- one\n- two\n',
    )
    expect(text.split('\n').filter(Boolean)).toEqual(['A & B', 'x <script> raw link', 'one', 'two'])
  })

  it('gives table cells as separate words', () => {
    expect(render('| Region | Members |\n| - | - |\n| Caribbean | 2 |\n').text).toMatch(/Region\s+Members\s+Caribbean\s+2/)
  })

  it('gives section headings GitHub-style ids, listed for a table of contents', () => {
    const { html, headings } = render(
      '## Who we are\n\n### How to apply\n\n#### Small print\n\n## Who we are\n\n## 秘书处\n\n## __next_f\n\n## !!!\n',
    )
    expect(headings).toEqual([
      { depth: 2, id: 'who-we-are', text: 'Who we are' },
      { depth: 3, id: 'how-to-apply', text: 'How to apply' },
      { depth: 2, id: 'who-we-are-1', text: 'Who we are' },
      { depth: 2, id: '秘书处', text: '秘书处' },
      // Not a name a script global could have.
      { depth: 2, id: 'next_f', text: '__next_f' },
    ])
    expect(html).toContain('<h2 id="who-we-are">Who we are</h2>')
    expect(html).toContain('<h3 id="how-to-apply">')
    expect(html).toContain('<h4>Small print</h4>')
    expect(html).toContain('<h2>!!!</h2>')
  })

  it('still drops ids written in raw HTML, and keeps the footnote label its own id', () => {
    const { html, headings } = render('<h2 id="x">Raw</h2>\n\nText.[^1]\n\n[^1]: A note.\n')
    expect(html).not.toContain('id="x"')
    expect(html).toContain('id="user-content-footnote-label"')
    expect(headings).toEqual([])
  })
})

describe('loaded entries', () => {
  const content = loadContent(VALID)

  it('carry their text and headings', () => {
    const about = content.entry('pages', 'en', 'about')!
    expect(about.text).toContain('Who we are')
    expect(about.text).not.toContain('<')
    expect(about.headings).toEqual([{ depth: 2, id: 'who-we-are', text: 'Who we are' }])
    expect(content.entry('pages', 'zh', 'about')!.headings.map((h) => h.id)).toEqual(['秘书处'])
  })
})

describe('table captions', () => {
  it('turn a "Table:" paragraph right above a table into its caption', () => {
    const { html } = render('Table: Members by *region*.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n')
    expect(html.trim()).toMatch(/^<table><caption>Members by <em>region<\/em>\.<\/caption>/)
    expect(html).not.toContain('<p>')
  })

  it('leave other paragraphs alone', () => {
    expect(render('Just text.\n\n| A |\n| --- |\n| 1 |\n').html).toMatch(/^<p>Just text\.<\/p>\n<table>/)
    expect(render('Table: no table follows.\n\nMore text.').html).toContain('<p>Table: no table follows.</p>')
  })
})
