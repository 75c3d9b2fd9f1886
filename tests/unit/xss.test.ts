import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content'
import { fixtureWith } from './content-fixture'

// A page full of XSS vectors, rendered through the real pipeline (front
// matter, markdown, sanitising) exactly as a staff edit would be.
const xss = readFileSync(join(import.meta.dirname, '../fixtures/xss.md'), 'utf8')
const html = loadContent(fixtureWith({ 'en/pages/about.md': xss })).entry('pages', 'en', 'about')!.html

describe('a page of XSS vectors', () => {
  it('keeps no element that can run code or load a document', () => {
    for (const tag of ['script', 'iframe', 'object', 'embed', 'form', 'meta', 'base', 'link', 'style', 'svg', 'math']) {
      expect(html, tag).not.toMatch(new RegExp(`<${tag}[\\s>/]`, 'i'))
    }
  })

  it('keeps no event handler or inline style', () => {
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/\sstyle\s*=/i)
  })

  it('keeps no script-capable URL in any attribute', () => {
    const urls = [...html.matchAll(/\s(?:href|src|action|data|formaction)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!)
    for (const url of urls) expect(url).not.toMatch(/^\s*(javascript|vbscript|data):/i)
    // Inside any tag at all (text such as an inert autolink may mention it).
    expect(html).not.toMatch(/<[^>]*(javascript|vbscript|&#106;avascript|&#x6a;avascript)/i)
  })

  it('still renders the harmless text', () => {
    expect(html).toContain('Plain text survives: safe words.')
    expect(html).toContain('markdown link')
  })
})
