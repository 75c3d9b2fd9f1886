// Requests Next mishandles unless deploy/request-guard.cjs and next.config
// stop them: each must get a clean 4xx (or a redirect that stays on the
// site), and leave no stack trace and none of its own bytes in the log.
// Its own server (of the fixture build), so that its log can be read.
import { METHODS } from 'node:http'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { header, rawRequest, type RawResponse } from './raw'
import { FIXTURE_CONTENT, FIXTURE_DIST, fixtureEntries } from './site'

let server: RunningServer
let base: URL

// One server for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' })

// A fixture page; no particular one matters.
const somePage = `/en/${fixtureEntries('en', 'pages').find((p) => p.slug !== 'index')!.slug}`

test.beforeAll(async () => {
  // serveBuild passes its environment on to the server.
  const saved = { dist: process.env.NEXT_DIST_DIR, content: process.env.CONTENT_DIR }
  process.env.NEXT_DIST_DIR = FIXTURE_DIST
  process.env.CONTENT_DIR = FIXTURE_CONTENT
  try {
    server = await serveBuild({ root: resolve(import.meta.dirname, '../..') })
  } finally {
    for (const [key, value] of [
      ['NEXT_DIST_DIR', saved.dist],
      ['CONTENT_DIR', saved.content],
    ] as const) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  base = new URL(server.url)
})

test.afterAll(() => server?.stop())

// What the server wrote while `send` ran; a moment for late lines to land.
async function logDuring<T>(send: () => Promise<T>): Promise<{ result: T; log: string }> {
  const before = server.output()
  const result = await send()
  await new Promise((r) => setTimeout(r, 500))
  const after = server.output()
  return { result, log: after.startsWith(before) ? after.slice(before.length) : after }
}

const STACK = /^\s+at\s|\bError\b|request-guard/m

const ALLOWED = ['GET', 'HEAD', 'POST', 'OPTIONS']

function expectClientError(label: string, res: RawResponse) {
  expect(res.status, label).toBeGreaterThanOrEqual(400)
  expect(res.status, label).toBeLessThan(500)
  expect(res.body, label).not.toMatch(STACK)
}

test.describe('the image optimiser (the site has no images)', () => {
  const MARK = 'FORGED-LOG-LINE'
  const targets = [
    '/_next/image?url=/nope&w=64&q=75',
    `/_next/image?url=%2Fx%0d%0a%5B${MARK}%5D%1b%5b31mred%1b%5b0m&w=64&q=75`,
    `/_next/image?url=%2F${MARK}%0a%1b%5b2J&w=64&q=75`,
    `/_next/image?url=http%3A%2F%2Fevil.example%2F${MARK}.png&w=64&q=75`,
    `/_next/image?url=%2F_next%2Fimage%3Furl%3D%252F${MARK}%26w%3D64%26q%3D75&w=64&q=75`,
    `/_next/image?url=/en&w=1&q=1`,
  ]

  test('answers 4xx and echoes nothing of the request into the log', async () => {
    const { result, log } = await logDuring(() => Promise.all(targets.map(async (t) => [t, await rawRequest(base, 'GET', t)] as const)))
    for (const [target, res] of result) expectClientError(target, res)
    expect(log).not.toContain(MARK)
    expect(log).not.toContain('\x1b[')
    expect(log).not.toContain('evil.example')
    expect(log).not.toMatch(STACK)
  })
})

test.describe('request targets that are not a path', () => {
  test('answers asterisk-form with 400 and no stack trace', async () => {
    const { result, log } = await logDuring(() =>
      Promise.all([
        rawRequest(base, 'OPTIONS', '*'),
        rawRequest(base, 'GET', '*'),
        rawRequest(base, 'POST', '*'),
        rawRequest(base, 'OPTIONS', '*x'),
      ]),
    )
    for (const res of result) expect(res.status).toBe(400)
    expect(log).not.toMatch(STACK)
  })

  test('refuses an absolute-form target naming another site, and never redirects there', async () => {
    const targets = [
      'http://evil.example/en',
      'http://evil.example/',
      'https://evil.example/EN/x',
      'http://evil.example',
      'ftp://evil.example/en',
      'javascript:alert(1)',
    ]
    const { result, log } = await logDuring(() => Promise.all(targets.map(async (t) => [t, await rawRequest(base, 'GET', t)] as const)))
    for (const [target, res] of result) {
      expect(res.status, target).toBe(400)
      expect(header(res, 'location'), target).toBeUndefined()
    }
    expect(log).not.toMatch(STACK)
  })

  test('serves an absolute-form target naming this host as its path, redirecting within the site', async () => {
    const page = await rawRequest(base, 'GET', `http://${base.host}${somePage}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('</html>')

    for (const target of [
      `http://${base.host}${somePage.replace('/en/', '/EN/')}`,
      `http://${base.host}/`,
      `HTTP://${base.host.toUpperCase()}/?q=1`,
    ]) {
      const res = await rawRequest(base, 'GET', target)
      expect(res.status, target).toBeGreaterThanOrEqual(300)
      expect(res.status, target).toBeLessThan(400)
      const location = new URL(header(res, 'location')!, base)
      expect(location.origin, target).toBe(base.origin)
    }
  })
})

test.describe('methods', () => {
  const paths = [somePage, '/en', '/', '/en/feed.xml', '/en/no-such-page', '/_next/static/x.js']

  test('answers every other method Node parses with 405 and Allow', async () => {
    // CONNECT never reaches a request handler: Node closes the connection.
    const methods = METHODS.filter((m) => !ALLOWED.includes(m) && m !== 'CONNECT')
    expect(methods).toEqual(expect.arrayContaining(['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'TRACE']))
    const { result, log } = await logDuring(async () => {
      const answers: [string, RawResponse][] = []
      for (const path of paths) {
        for (const method of methods) answers.push([`${method} ${path}`, await rawRequest(base, method, path, { 'Content-Length': '0' })])
      }
      return answers
    })
    for (const [label, res] of result) {
      expect(res.status, label).toBe(405)
      expect(header(res, 'allow')?.split(/,\s*/).sort(), label).toEqual([...ALLOWED].sort())
      expect(res.body, label).not.toContain('<html')
    }
    expect(log).not.toMatch(STACK)
  })

  test("answers methods Node's parser does not know with 400", async () => {
    for (const method of ['TRACK', 'FOO', 'GETS']) expect((await rawRequest(base, method, somePage)).status, method).toBe(400)
  })

  test('keeps GET, HEAD, POST and OPTIONS working', async () => {
    expect((await rawRequest(base, 'GET', somePage)).status).toBe(200)
    expect((await rawRequest(base, 'HEAD', somePage)).status).toBe(200)
    const post = await rawRequest(base, 'POST', somePage, { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '0' })
    expect(post.status).toBe(200)
    expect(post.body).toContain('</html>')
    expect((await rawRequest(base, 'OPTIONS', '/en/feed.xml')).status).toBe(200)
    for (const path of paths) {
      const options = await rawRequest(base, 'OPTIONS', path)
      expect(options.status, `OPTIONS ${path}`).not.toBe(405)
      expect(options.status, `OPTIONS ${path}`).toBeLessThan(500)
    }
  })
})
