import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { type IncomingHttpHeaders, request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The guard patches node:http for its whole process, so it runs in a child
// Node process here, in front of a server that echoes what reached it.
const GUARD = resolve('deploy/request-guard.cjs')
// A path under /fail answers 500, as Next does for a body it cannot parse.
const ECHO = `require('node:http').createServer((req, res) => {
  if (req.url.startsWith('/fail')) return req.on('data', () => {}).on('end', () => { res.statusCode = 500; res.end('<html>stack trace</html>') })
  res.setHeader('cache-control', 's-maxage=60')
  res.end(JSON.stringify({ url: req.url, client: req.headers['x-real-ip'] }))
}).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`

const manifest = {
  locales: ['en', 'ar'],
  defaultLocale: 'en',
  notFound: '/_not-found',
  pages: ['/', '/about', '/working-groups/dns'],
  rtl: ['ar'],
  tooLarge: { en: { title: 'Too large', body: 'Shorten it.', home: 'Home' }, ar: { title: 'كبير جدًا', body: 'اختصر.', home: 'الرئيسية' } },
}

function startGuarded(
  manifestFile: string,
  { server = ECHO, env = {} }: { server?: string; env?: Record<string, string> } = {},
): { child: ChildProcess; port: Promise<number>; stderr: () => string } {
  const child = spawn(process.execPath, ['--require', GUARD, '-e', server], {
    env: { ...process.env, TRUST_PROXY: '', ROUTE_MANIFEST: manifestFile, ...env },
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const port = new Promise<number>((resolvePort, reject) => {
    child.stdout!.once('data', (chunk) => resolvePort(Number(String(chunk).trim())))
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)))
  })
  return { child, port, stderr: () => stderr }
}

describe('the request guard in front of Next', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-guard-'))
  const file = join(dir, 'route-manifest.json')
  writeFileSync(file, JSON.stringify(manifest))
  let server: ReturnType<typeof startGuarded>
  let origin = ''
  beforeAll(async () => {
    server = startGuarded(file)
    origin = `http://127.0.0.1:${await server.port}`
  })
  afterAll(() => {
    server.child.kill()
    rmSync(dir, { recursive: true, force: true })
  })

  async function get(path: string, init: RequestInit = {}) {
    const response = await fetch(`${origin}${path}`, { redirect: 'manual', ...init })
    const text = await response.text()
    return { status: response.status, cacheControl: response.headers.get('cache-control'), text }
  }
  const reached = (text: string) => JSON.parse(text) as { url: string }

  it('passes the pages the manifest lists, in every language, query and trailing slash included', async () => {
    for (const path of ['/en', '/ar', '/en/about', '/ar/about/', '/en/working-groups/dns?x=1']) {
      const { status, cacheControl, text } = await get(path)
      expect(status, path).toBe(200)
      expect(cacheControl).toBe('s-maxage=60')
      expect(reached(text).url).toBe(path)
    }
  })

  it('serves the 404 page of the path’s language for anything else, with a 404 status, never stored', async () => {
    for (const [path, page] of [
      ['/en/no-such-page', '/en/_not-found'],
      ['/ar/no/such/page', '/ar/_not-found'],
      ['/en/working-groups/dns/extra', '/en/_not-found'],
      ['/en/_not-found', '/en/_not-found'],
      // A two-letter segment that is no language of the site: English.
      ['/de/about', '/en/_not-found'],
    ]) {
      const { status, cacheControl, text } = await get(path!)
      expect(status, path).toBe(404)
      expect(cacheControl).toMatch(/no-store/)
      expect(reached(text).url).toBe(page)
    }
  })

  it('answers a client-side navigation to an unknown page with a bare 404, so the router loads it as a page', async () => {
    const { status, text } = await get('/ar/no-such-page', { headers: { rsc: '1' } })
    expect(status).toBe(404)
    expect(text).toBe('Not found\n')
    expect(reached((await get('/ar/about', { headers: { rsc: '1' } })).text).url).toBe('/ar/about')
  })

  it('leaves language-less paths and posts to Next', async () => {
    expect(reached((await get('/about')).text).url).toBe('/about')
    expect(reached((await get('/en/no-such-page', { method: 'POST' })).text).url).toBe('/en/no-such-page')
  })

  it('answers 400 for paths that are not valid UTF-8', async () => {
    for (const path of ['/en/%C3%28', '/%FF', '/about%E0%A4%A']) {
      const { status, text } = await get(path)
      expect(status, path).toBe(400)
      expect(text).toMatch(/not valid/)
    }
  })

  it('answers a body over 1 MB with 413 and a page in the visitor’s language, before anything reads it', async () => {
    for (const [path, lang] of [
      ['/ar/membership/apply', 'lang="ar" dir="rtl"'],
      ['/en/consultations/x', 'lang="en" dir="ltr"'],
      ['/staff/sign-in', 'lang="en" dir="ltr"'],
    ]) {
      const { status, text } = await get(path!, { method: 'POST', body: 'a'.repeat(1024 * 1024 + 1) })
      expect(status, path).toBe(413)
      expect(text).toContain(lang!)
      expect(text).toContain(path!.startsWith('/ar') ? 'كبير جدًا' : 'Too large')
    }
    expect((await get('/en/about', { method: 'POST', body: 'a'.repeat(1000) })).status).toBe(200)
  })

  it('turns a 500 on a malformed multipart body into a 400, and leaves a well-formed one’s 500 alone', async () => {
    const malformed = await get('/fail', {
      method: 'POST',
      body: 'garbage--',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    })
    expect(malformed.status).toBe(400)
    expect(malformed.text).not.toContain('stack trace')
    const form = new FormData()
    form.append('name', 'value')
    expect((await get('/fail', { method: 'POST', body: form })).status).toBe(500)
    expect((await get('/en/about', { method: 'POST', body: form })).status).toBe(200)
  })

  it('refuses to start without a route manifest, or with one from an older build, naming the file', async () => {
    const missing = join(dir, 'none.json')
    await expect(startGuarded(missing).port).rejects.toThrow(missing)
    const old = join(dir, 'old.json')
    writeFileSync(old, JSON.stringify({ pages: manifest.pages, forms: [], live: [] }))
    await expect(startGuarded(old).port).rejects.toThrow(/old\.json lacks locales/)
  })
})

// What the rate limits will count: X-Real-IP as the guard leaves it, for a
// request from `from` (a loopback address of this machine) carrying `forwarded`.
function clientSeen(port: number, from: string, forwarded?: string): Promise<string> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = { 'x-real-ip': '192.0.2.66' }
    if (forwarded !== undefined) headers['x-forwarded-for'] = forwarded
    request({ host: '127.0.0.1', port, path: '/en', localAddress: from, headers }, (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => done((JSON.parse(body) as { client: string }).client))
    })
      .on('error', fail)
      .end()
  })
}

describe('the client address the guard hands to the rate limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-guard-trust-'))
  const file = join(dir, 'route-manifest.json')
  writeFileSync(file, JSON.stringify(manifest))
  const started: ChildProcess[] = []
  afterAll(() => {
    for (const child of started) child.kill()
    rmSync(dir, { recursive: true, force: true })
  })
  async function guard(trustProxy: string) {
    const server = startGuarded(file, { env: { TRUST_PROXY: trustProxy } })
    started.push(server.child)
    return server.port
  }

  it('with no proxy trusted, is the connection’s address, whatever the headers say', async () => {
    const port = await guard('')
    expect(await clientSeen(port, '127.0.0.2', '203.0.113.9')).toBe('127.0.0.2')
    expect(await clientSeen(port, '127.0.0.3')).toBe('127.0.0.3')
  })

  it('behind N proxies, is the entry the outermost trusted proxy added, not one the client chose', async () => {
    const one = await guard('1')
    // nginx appends the address it saw: a client's own entries stand to its left.
    expect(await clientSeen(one, '127.0.0.1', '198.51.100.23')).toBe('198.51.100.23')
    expect(await clientSeen(one, '127.0.0.1', '203.0.113.9, 198.51.100.23')).toBe('198.51.100.23')
    expect(await clientSeen(one, '127.0.0.1')).toBe('127.0.0.1')
    const two = await guard('2')
    expect(await clientSeen(two, '127.0.0.1', '203.0.113.9, 198.51.100.23, 10.0.0.5')).toBe('198.51.100.23')
  })

  it('with a list of proxies, skips trusted addresses from the right and never reads a header from anyone else', async () => {
    const port = await guard('127.0.0.1, 10.0.0.0/8')
    expect(await clientSeen(port, '127.0.0.1', '203.0.113.9, 198.51.100.23, 10.1.2.3')).toBe('198.51.100.23')
    expect(await clientSeen(port, '127.0.0.2', '203.0.113.9')).toBe('127.0.0.2')
    const named = await guard('loopback')
    expect(await clientSeen(named, '127.0.0.3', '198.51.100.23')).toBe('198.51.100.23')
  })

  it('refuses to start on a TRUST_PROXY it cannot read', async () => {
    await expect(guard('nginx')).rejects.toThrow(/TRUST_PROXY has "nginx"/)
    await expect(guard('10.0.0.0/40')).rejects.toThrow(/TRUST_PROXY has "10.0.0.0\/40"/)
  })
})

// A build's manifest beside server.js lists its reading pages without
// JavaScript (scripts/standalone-assets.ts): files, pages rendered per
// request, live pages. Here a stand-in for Next renders every page with a
// script and counts what reaches it.
const NEXT = `const hits = {}
require('node:http').createServer((req, res) => {
  const path = req.url.split('?')[0]
  if (path === '/hits') return res.end(JSON.stringify(hits))
  hits[path] = (hits[path] || 0) + 1
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.setHeader('cache-control', path === '/en/search' ? 'private, no-store' : 's-maxage=30')
  res.setHeader('content-security-policy', "script-src 'self' 'unsafe-inline'")
  const main = path === '/en/pending' ? '<!--$?--><template id="B:0"></template><!--/$-->' : req.url + ' #' + hits[path] + (req.headers.rsc ? ' rsc' : '')
  res.end('<html><body><main>' + main + '</main><script>boot()</script></body></html>')
}).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`

describe('the request guard serving reading pages without JavaScript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-reading-'))
  const file = join(dir, 'route-manifest.json')
  const headers = { 'cache-control': 's-maxage=86400', 'content-type': 'text/html; charset=utf-8', vary: 'rsc, Accept-Encoding' }
  const pages = { '/en/about': '<html><body><main>About, from the build</main></body></html>' }
  const notFound = {
    '/en/_not-found': '<html><body><main>Not found</main></body></html>',
    '/ar/_not-found': '<html><body>غير موجود</body></html>',
  }
  let server: ReturnType<typeof startGuarded>
  let origin = ''
  beforeAll(async () => {
    for (const [folder, files] of [
      ['pages', pages],
      ['not-found', notFound],
    ] as const) {
      for (const [path, html] of Object.entries(files)) {
        const base = join(dir, 'reading', folder, `${path}.html`)
        mkdirSync(dirname(base), { recursive: true })
        writeFileSync(base, html)
        writeFileSync(`${base}.gz`, gzipSync(html))
        writeFileSync(`${base}.br`, brotliCompressSync(html))
      }
    }
    const scriptFree = {
      files: { '/en/about': headers },
      notFound: { '/en/_not-found': headers, '/ar/_not-found': headers },
      perRequest: ['/en/search', '/en/pending'],
      live: ['/en'],
    }
    writeFileSync(file, JSON.stringify({ ...manifest, pages: ['/', '/about', '/search', '/pending'], scriptFree }))
    server = startGuarded(file, { server: NEXT })
    origin = `http://127.0.0.1:${await server.port}`
  })
  afterAll(() => {
    server.child.kill()
    rmSync(dir, { recursive: true, force: true })
  })

  const hits = async (): Promise<Record<string, number>> => (await fetch(`${origin}/hits`)).json()
  // node:http, not fetch: fetch decodes bodies and hides Content-Encoding.
  function get(path: string, requestHeaders: Record<string, string> = {}, method = 'GET') {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolvePage, reject) => {
      const req = request(`${origin}${path}`, { method, headers: requestHeaders }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolvePage({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      req.on('error', reject)
      req.end()
    })
  }
  const noScripts = (headers: IncomingHttpHeaders) => expect(headers['content-security-policy']).toMatch(/script-src 'none'/)

  it('serves a pre-rendered page from the build’s files, in the encoding the client takes, without asking Next', async () => {
    const br = await get('/en/about', { 'accept-encoding': 'gzip, br' })
    expect([br.status, br.headers['content-encoding'], br.headers['cache-control']]).toEqual([200, 'br', 's-maxage=86400'])
    expect(brotliDecompressSync(br.body).toString()).toBe(pages['/en/about'])
    noScripts(br.headers)
    const gz = await get('/en/about?utm=x', { 'accept-encoding': 'gzip' })
    expect([gz.headers['content-encoding'], gunzipSync(gz.body).toString()]).toEqual(['gzip', pages['/en/about']])
    const plain = await get('/en/about')
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, pages['/en/about']])
    const head = await get('/en/about', {}, 'HEAD')
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, String(plain.body.length), 0])
    // A header naming the guard's own requests to Next is no way around it.
    expect((await get('/en/about', { 'x-reading-pages-pass': 'guess' })).body.toString()).toBe(pages['/en/about'])
    expect((await hits())['/en/about']).toBeUndefined()
  })

  it('leaves client-side navigations (RSC) and posts to Next', async () => {
    expect((await get('/en/about', { rsc: '1' })).body.toString()).toContain('/en/about #1 rsc')
    expect((await get('/en/about', {}, 'POST')).body.toString()).toContain('/en/about #2')
  })

  it('serves the 404 page of the language from memory, with a 404 status, never stored', async () => {
    for (const [path, page] of [
      ['/en/no-such-page', '/en/_not-found'],
      ['/ar/no/such/page', '/ar/_not-found'],
    ] as const) {
      const answer = await get(path)
      expect([answer.status, answer.body.toString()]).toEqual([404, notFound[page]])
      expect(answer.headers['cache-control']).toMatch(/no-store/)
      noScripts(answer.headers)
    }
    expect((await hits())['/en/_not-found']).toBeUndefined()
  })

  it('takes a page rendered per request from Next each time, without its scripts, with its query', async () => {
    for (const n of [1, 2]) {
      const answer = await get(`/en/search?q=${n}`, { 'accept-encoding': 'gzip' })
      expect(answer.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(answer.body).toString()).toBe(`<html><body><main>/en/search?q=${n} #${n}</main></body></html>`)
      expect(answer.headers['cache-control']).toBe('private, no-store')
      noScripts(answer.headers)
    }
  })

  it('serves a page as Next made it, and says so, when taking its scripts out would leave it incomplete', async () => {
    const answer = await get('/en/pending')
    expect(answer.body.toString()).toContain('<script>boot()</script>')
    expect(answer.headers['content-security-policy']).toContain("'unsafe-inline'")
    // The warning reaches this process through a pipe, maybe after the answer.
    await expect.poll(() => server.stderr()).toMatch(/\/en\/pending keeps Next's scripts: without them it would hold a Suspense boundary/)
  })

  it('takes a live page from Next at most once every few seconds, then again once that copy has aged', async () => {
    const first = await Promise.all([1, 2, 3].map(() => get('/en')))
    for (const answer of first) expect(answer.body.toString()).toBe('<html><body><main>/en #1</main></body></html>')
    expect((await get('/en?x=1')).body.toString()).toContain('/en #1')
    expect((await hits())['/en']).toBe(1)
    await new Promise((r) => setTimeout(r, 5_500))
    expect((await get('/en')).body.toString()).toContain('/en #2')
    noScripts((await get('/en')).headers)
  }, 15_000)

  it('in production, refuses to start on a manifest that lists no script-free pages, naming the file', async () => {
    const old = join(dir, 'old.json')
    writeFileSync(old, JSON.stringify(manifest))
    await expect(startGuarded(old, { env: { NODE_ENV: 'production' } }).port).rejects.toThrow(/lists no script-free pages/)
  })
})
