import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { chooseEncoding, encode, keptHeaders, READING_HEADERS, scriptProblems, stripScripts } from '../../deploy/reading-pages.cjs'

// The shapes Next 16 writes into a pre-rendered page, shortened.
const NEXT_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<link rel="modulepreload" href="/_next/static/chunks/c.js"/>
<script src="/_next/static/chunks/d.js" async=""></script>
<script src="/_next/static/chunks/e.js" noModule=""></script>
<link rel="preload" href="/logo.svg" as="image"/></head>
<body><div hidden=""><!--$--><!--/$--></div><main><h1>Title</h1><p>1 &lt; 2 and &lt;script&gt; is text</p></main>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script>
<SCRIPT type="application/ld+json">{"@type":"Organization"}</SCRIPT></body></html>`

describe('stripScripts', () => {
  const stripped = stripScripts(NEXT_PAGE)

  it('takes out every script element and every script preload', () => {
    expect(stripped).not.toMatch(/<script/i)
    expect(stripped).not.toContain('as="script"')
    expect(stripped).not.toContain('modulepreload')
    expect(scriptProblems(stripped)).toEqual([])
  })

  it('keeps everything else: the stylesheet, other preloads, the text', () => {
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"')
    expect(stripped).toContain('<link rel="preload" href="/logo.svg" as="image"/>')
    expect(stripped).toContain('<main><h1>Title</h1><p>1 &lt; 2 and &lt;script&gt; is text</p></main>')
    expect(stripped).toMatch(/<\/body><\/html>$/)
  })
})

describe('scriptProblems', () => {
  it('names what would still need a script', () => {
    expect(scriptProblems(NEXT_PAGE)).toEqual(['a <script> element', 'a script preload', 'a module preload'])
    // React's markers of a Suspense boundary still waiting for its content,
    // and of one left to the client: without a script it stays empty.
    expect(scriptProblems('<main><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></main>')).toEqual([
      'a Suspense boundary that only a script completes',
    ])
    expect(scriptProblems('<main><!--$!--><template data-dgst="x"></template><!--/$--></main>')).toEqual([
      'a Suspense boundary that only a script completes',
    ])
  })

  it('passes a page whose boundaries are complete', () => {
    expect(scriptProblems('<main><!--$--><p>Done</p><!--/$--></main>')).toEqual([])
  })
})

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, then none', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('gzip, deflate')).toBe('gzip')
    expect(chooseEncoding('deflate')).toBe('identity')
    expect(chooseEncoding(undefined)).toBe('identity')
    expect(chooseEncoding('*')).toBe('br')
  })

  it('honours q=0 and case', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip')
    expect(chooseEncoding('BR;Q=0.5')).toBe('br')
    expect(chooseEncoding('*;q=0, identity')).toBe('identity')
    expect(chooseEncoding('gzip;q=0')).toBe('identity')
  })
})

describe('encode', () => {
  it('gives bytes that decode to the page, smaller', async () => {
    const body = Buffer.from(NEXT_PAGE.repeat(20))
    const br = await encode(body, 'br', { best: true })
    const gz = await encode(body, 'gzip')
    expect(brotliDecompressSync(br).equals(body)).toBe(true)
    expect(gunzipSync(gz).equals(body)).toBe(true)
    expect(br.length).toBeLessThan(gz.length)
    expect(gz.length).toBeLessThan(body.length / 5)
    expect(await encode(body, 'identity')).toBe(body)
  })
})

describe('headers', () => {
  it('refuse every script on a reading page and keep the site’s other security headers', () => {
    const csp = READING_HEADERS['content-security-policy']!
    expect(csp).toContain("script-src 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(READING_HEADERS['x-frame-options']).toBe('DENY')
    // No state to keep from other sites' windows, and it costs a switch of browsing context group.
    expect(READING_HEADERS['cross-origin-opener-policy']).toBeUndefined()
    expect(READING_HEADERS['strict-transport-security']).toMatch(/max-age=\d+/)
  })

  it('keeps what Next says about the page, not its framing, its CSP or its own cache', () => {
    const kept = keptHeaders({
      'Cache-Control': 's-maxage=60',
      'content-type': 'text/html; charset=utf-8',
      vary: 'rsc, Accept-Encoding',
      'content-length': '123',
      'content-encoding': 'gzip',
      'transfer-encoding': 'chunked',
      connection: 'keep-alive',
      date: 'Sun, 06 Dec 2026 04:40:03 GMT',
      'content-security-policy': "script-src 'self' 'unsafe-inline'",
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'x-nextjs-cache': 'HIT',
      'x-robots-tag': 'noindex',
    })
    expect(kept).toEqual({
      'cache-control': 's-maxage=60',
      'content-type': 'text/html; charset=utf-8',
      vary: 'rsc, Accept-Encoding',
      'x-robots-tag': 'noindex',
    })
    expect(keptHeaders({ vary: 'rsc' }).vary).toBe('rsc, Accept-Encoding')
    expect(keptHeaders({ 'content-security-policy': 'x' }, { keepSecurity: true })).toMatchObject({ 'content-security-policy': 'x' })
  })
})
