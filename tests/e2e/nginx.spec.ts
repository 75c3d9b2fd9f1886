// The shipped deploy/nginx.conf in front of the fixture site's production
// server: reading pages from the build's files, without scripts and with
// the headers the app sends; other pages cached, static files immutable,
// compression, the app's security headers kept, and a language switch
// still reaching the app.
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { hasNginx, proxyConfig, startNginx } from '../../scripts/nginx'
import { freePort } from '../../scripts/serve-build'
import { header, rawRequest } from './raw'
import { FIXTURE_DIST, fixtureEntries } from './site'

// One nginx for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' })

// Fixture pages; no particular one matters.
const [pageA, pageB] = fixtureEntries('en', 'pages')
  .filter((p) => p.slug !== 'index')
  .map((p) => `/${p.slug}`)
let port = 0
let stop = () => {}
let dir = ''

test.beforeAll(async ({ baseURL }) => {
  if (!hasNginx()) throw new Error('nginx is not installed: apt-get install nginx (.ci/run does)')
  dir = mkdtempSync(join(tmpdir(), 'ispcp-nginx-test-'))
  port = await freePort()
  stop = startNginx(proxyConfig(dir, Number(new URL(baseURL!).port), port, FIXTURE_DIST))
})

test.afterAll(() => {
  stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  bytes: number
  body: Buffer
}

// node:http rather than fetch: fetch hides Content-Encoding and cannot send a Referer freely.
function get(path: string, headers: Record<string, string> = {}, { to = port, method = 'GET' } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to, path, headers, method }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({ status: res.statusCode!, headers: res.headers, bytes: body.length, body })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

// The headers a reading page goes out with, from nginx's file or from the app.
const PAGE_HEADERS = [
  'content-type',
  'cache-control',
  'vary',
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'x-frame-options',
]
const pageHeaders = (answer: Answer) => Object.fromEntries(PAGE_HEADERS.map((name) => [name, answer.headers[name]]))

test.describe('deploy/nginx.conf', () => {
  test('serves a pre-rendered reading page from the build’s file: the app’s page and headers, no script', async ({ baseURL }) => {
    const app = Number(new URL(baseURL!).port)
    for (const path of [`/en${pageA}`, `/ar${pageB}`]) {
      const [file, fromApp] = [await get(path), await get(path, {}, { to: app })]
      expect([file.status, file.headers['x-cache']]).toEqual([200, 'FILE'])
      expect(file.body.toString(), path).toBe(fromApp.body.toString())
      expect(pageHeaders(file), path).toEqual(pageHeaders(fromApp))
      expect(file.body.toString()).not.toMatch(/<script|as="script"/)
      expect(file.headers['content-security-policy']).toContain("script-src 'none'")
      expect(file.headers['x-powered-by']).toBeUndefined()
      expect(file.headers.server).toBe('nginx')
    }
    // Any other path under a language is no file: the app's 404 page, without scripts either.
    const missing = await get('/en/no-such-page')
    expect([missing.status, missing.headers['x-cache']]).toEqual([404, 'MISS'])
    expect(missing.body.toString()).not.toMatch(/<script|as="script"/)
  })

  test('serves reading pages compressed as the client accepts, brotli first', async () => {
    const brotli = await get(`/en${pageB}`, { 'accept-encoding': 'gzip, deflate, br' })
    const zipped = await get(`/en${pageB}`, { 'accept-encoding': 'gzip' })
    const plain = await get(`/en${pageB}`)
    expect([brotli.headers['content-encoding'], zipped.headers['content-encoding'], plain.headers['content-encoding']]).toEqual([
      'br',
      'gzip',
      undefined,
    ])
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
    expect(zipped.bytes).toBeLessThan(plain.bytes / 2)
    expect(brotli.bytes).toBeLessThan(zipped.bytes)
  })

  test('leaves client-side navigations (RSC) and form posts of a reading page to the app', async ({ baseURL }) => {
    // Next answers an RSC request without its cache-busting parameter with
    // a redirect to the address that has it: whatever it answers, it is the app's.
    const [rsc, fromApp] = [
      await get(`/en${pageA}`, { rsc: '1' }),
      await get(`/en${pageA}`, { rsc: '1' }, { to: Number(new URL(baseURL!).port) }),
    ]
    expect(rsc.headers['x-cache']).not.toBe('FILE')
    expect([rsc.status, rsc.headers.location]).toEqual([fromApp.status, fromApp.headers.location])
    expect(rsc.body.toString()).not.toContain('<html')
    const post = await get(`/en${pageA}`, { 'content-type': 'application/x-www-form-urlencoded' }, { method: 'POST' })
    expect(post.headers['x-cache']).not.toBe('FILE')
  })

  test('takes the pages rendered per request or kept fresh from the app, without scripts', async () => {
    for (const path of ['/en', '/ar/search?q=alpha', '/en/search']) {
      const answer = await get(path)
      expect(answer.status, path).toBe(200)
      expect(answer.headers['x-cache'], path).not.toBe('FILE')
      expect(answer.body.toString(), path).not.toMatch(/<script|as="script"/)
      expect(answer.headers['content-security-policy'], path).toContain("script-src 'none'")
    }
  })

  test('caches a page of the app and keeps the security headers', async () => {
    // The home page is a live page (its open consultations): from the app, cached by its s-maxage.
    await get('/fr')
    const second = await get('/fr')
    expect(second.status).toBe(200)
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.headers['content-security-policy']).toContain("default-src 'self'")
    expect(second.headers['strict-transport-security']).toBeDefined()
    expect(second.headers['x-content-type-options']).toBe('nosniff')
    expect(second.headers['x-powered-by']).toBeUndefined()
  })

  test('compresses the app’s pages for clients that accept gzip, and only for them', async () => {
    // The gzip client first, so the cache holds the compressed copy.
    const zipped = await get('/es', { 'accept-encoding': 'gzip' })
    const plain = await get('/es')
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['x-cache']).toBe('HIT')
    expect(zipped.bytes).toBeLessThan(plain.bytes / 2)
  })

  test('passes the staff desk and form posts through, never from the cache', async () => {
    for (const path of ['/staff/sign-in', '/staff/sign-in', '/api/auth/get-session', '/staff']) {
      const answer = await get(path)
      expect(answer.status, path).toBeLessThan(500)
      expect(answer.headers['x-cache'], path).toBe('BYPASS')
    }
    const post = () => fetch(`http://127.0.0.1:${port}/en/about`, { method: 'POST', body: 'x=1', redirect: 'manual' })
    await post()
    expect((await post()).headers.get('x-cache')).not.toBe('HIT')
  })

  test('serves /_next/static files as immutable', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/en`).then((r) => r.text())
    const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(page)![0]
    const answer = await get(asset)
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toContain('immutable')
  })

  test('never caches a redirect chosen by Accept-Language', async () => {
    const arabic = await get('/', { 'accept-language': 'ar' })
    const chinese = await get('/', { 'accept-language': 'zh-CN' })
    expect([arabic.status, arabic.headers.location]).toEqual([307, '/ar'])
    expect([chinese.status, chinese.headers.location]).toEqual([307, '/zh'])
  })

  test('lets a language switch reach the app, which remembers it, while cached pages never set cookies', async () => {
    await get(`/zh${pageA}`)
    const cached = await get(`/zh${pageA}`, { referer: `http://127.0.0.1:${port}/en${pageA}` })
    expect(cached.headers['x-cache']).toBe('FILE')
    expect(cached.headers['set-cookie']).toBeUndefined()
    for (let i = 0; i < 2; i++) {
      const switched = await get(`/language/zh?from=${encodeURIComponent(`/en${pageA}`)}`)
      expect(switched.status).toBe(303)
      expect(switched.headers.location).toBe(`/zh${pageA}`)
      expect(String(switched.headers['set-cookie'])).toMatch(/NEXT_LOCALE=zh/)
      expect(switched.headers['x-cache']).not.toBe('HIT')
    }
  })

  test('does not cache 404s', async () => {
    await get('/en/no-such-page')
    const again = await get('/en/no-such-page')
    expect(again.status).toBe(404)
    expect(again.headers['x-cache']).not.toBe('HIT')
  })

  test('refuses what the request guard refuses, and keeps absolute-form targets on the site', async () => {
    const proxy = new URL(`http://127.0.0.1:${port}`)
    const put = await rawRequest(proxy, 'PUT', `/en${pageA}`, { 'Content-Length': '0' })
    expect([put.status, header(put, 'allow')]).toEqual([405, 'GET, HEAD, POST, OPTIONS'])
    expect((await rawRequest(proxy, 'OPTIONS', '*')).status).toBe(400)
    expect((await rawRequest(proxy, 'TRACE', '/en')).status).toBe(405)
    const foreign = await rawRequest(proxy, 'GET', 'http://evil.example/')
    expect([foreign.status, header(foreign, 'location')]).toEqual([307, '/en'])
  })
})
