// The shipped deploy/nginx.conf in front of the fixture site's production
// server: pages cached, static files immutable, compression, the app's
// security headers kept, and a language switch still reaching the app.
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { hasNginx, proxyConfig, startNginx } from '../../scripts/nginx'
import { freePort } from '../../scripts/serve-build'
import { header, rawRequest } from './raw'
import { fixtureEntries } from './site'

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
  stop = startNginx(proxyConfig(dir, Number(new URL(baseURL!).port), port))
})

test.afterAll(() => {
  stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  bytes: number
}

// node:http rather than fetch: fetch hides Content-Encoding and cannot send a Referer freely.
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let bytes = 0
      res.on('data', (c: Buffer) => (bytes += c.length))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes }))
    })
    req.on('error', reject)
    req.end()
  })
}

test.describe('deploy/nginx.conf', () => {
  test('caches a pre-rendered page and keeps the security headers', async () => {
    await get(`/en${pageA}`)
    const second = await get(`/en${pageA}`)
    expect(second.status).toBe(200)
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.headers['content-security-policy']).toContain("default-src 'self'")
    expect(second.headers['strict-transport-security']).toBeDefined()
    expect(second.headers['x-content-type-options']).toBe('nosniff')
    expect(second.headers['x-powered-by']).toBeUndefined()
    expect(second.headers.server).toBe('nginx')
  })

  test('compresses pages for clients that accept gzip, and only for them', async () => {
    // The gzip client first, so the cache holds the compressed copy.
    const zipped = await get(`/en${pageB}`, { 'accept-encoding': 'gzip' })
    const plain = await get(`/en${pageB}`)
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
    expect(cached.headers['x-cache']).toBe('HIT')
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
