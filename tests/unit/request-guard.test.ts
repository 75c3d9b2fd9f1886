import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The guard patches node:http for its whole process, so it runs in a child
// Node process here, in front of a server that echoes what reached it.
const GUARD = resolve('deploy/request-guard.cjs')
const ECHO = `require('node:http').createServer((req, res) => {
  res.setHeader('cache-control', 's-maxage=60')
  res.end(JSON.stringify({ url: req.url }))
}).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`

const manifest = { locales: ['en', 'ar'], defaultLocale: 'en', notFound: '/_not-found', pages: ['/', '/about', '/working-groups/dns'] }

function startGuarded(manifestFile: string): { child: ChildProcess; port: Promise<number>; stderr: () => string } {
  const child = spawn(process.execPath, ['--require', GUARD, '-e', ECHO], { env: { ...process.env, ROUTE_MANIFEST: manifestFile } })
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

  it('refuses to start without a route manifest, or with one from an older build, naming the file', async () => {
    const missing = join(dir, 'none.json')
    await expect(startGuarded(missing).port).rejects.toThrow(missing)
    const old = join(dir, 'old.json')
    writeFileSync(old, JSON.stringify({ pages: manifest.pages, forms: [], live: [] }))
    await expect(startGuarded(old).port).rejects.toThrow(/old\.json lacks locales/)
  })
})
