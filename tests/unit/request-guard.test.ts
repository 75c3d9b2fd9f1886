import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { request } from 'node:http'
import { join, resolve } from 'node:path'
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
  env: Record<string, string> = {},
): { child: ChildProcess; port: Promise<number>; stderr: () => string } {
  const child = spawn(process.execPath, ['--require', GUARD, '-e', ECHO], {
    env: { ...process.env, TRUST_PROXY: '', ...env, ROUTE_MANIFEST: manifestFile },
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
    const server = startGuarded(file, { TRUST_PROXY: trustProxy })
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
