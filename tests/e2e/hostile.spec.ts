// Hostile input against the (fixture site's) production server: every answer is a normal
// 2xx/3xx/4xx page, never a 5xx, a hang, or a glimpse of the internals.
import { expect, test } from '@playwright/test'
import { rawRequest, type RawResponse } from './raw'
import { fixtureEntries } from './site'

// In order, in one worker: the last test checks the server survived the rest.
test.describe.configure({ mode: 'default' })

const some = fixtureEntries('en', 'pages')
  .filter((p) => p.slug !== 'index')
  .map((p) => `/${p.slug}`)
const pages = ['/en', `/en${some[0]}`, `/ar${some[1]}`, `/zh${some[2]}`]

const traversal = [
  '/../../../../etc/passwd',
  '/en/../../etc/passwd',
  '/en/%2e%2e/%2e%2e/etc/passwd',
  '/en/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/en/%252e%252e%252fetc%252fpasswd',
  '/%2e%2e%5c%2e%2e%5cwindows%5cwin.ini',
  '/en/..%2f..%2fpackage.json',
  '/en/working-groups/..%2f..%2f..%2fcontent%2fsite.json',
  '/en/publications/%2e%2e%2f%2e%2e%2fnext.config.ts',
  '/_next/static/../../package.json',
  '/_next/static/%2e%2e/%2e%2e/package.json',
  '/_next/../.env',
  '/.env',
  '/.git/config',
  '/content/site.json',
  '/en/.next/BUILD_ID',
  '/en/working-groups/....//....//etc/passwd',
  '/en//..//..//etc/passwd',
  '/en/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/en/%uff0e%uff0e/etc/passwd',
]

const controlBytes = [
  '/en/about%00',
  '/en/%00/about',
  '/%00',
  '/en/about%0d%0aSet-Cookie:%20x=1',
  '/en/%0aLocation:%20http://evil.example',
  '/en/about%1b[31m',
  '/en/about%7f',
  '/en/%08%09%0b%0c',
  '/en/about?q=%00%01%02',
  '/en/about\u0001',
  '/en/tab\there',
]

const oddUnicode = [
  '/en/%E2%80%AE%E2%80%8B',
  '/en/%F0%9F%92%A9',
  '/en/%ED%A0%80',
  '/en/%FF%FE',
  '/en/%C3%28',
  '/en/caf%C3%A9',
  '/%D8%B9%D8%B1%D8%A8%D9%8A',
  '/ar/%D8%B9%D8%B1%D8%A8%D9%8A',
  '/zh/%E4%B8%AD%E6%96%87',
  '/%EF%BC%8F%EF%BC%8E%EF%BC%8E',
  `/en/%E0%A5%A6${'%CC%81'.repeat(50)}`,
]

const scripted = [
  '/en/<script>alert(1)</script>',
  '/en/%3Cscript%3Ealert(1)%3C/script%3E',
  '/<script>alert(1)</script>/about',
  '/en/about?x=<script>alert(1)</script>',
  '/en/about?x=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/en/search?q=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
  '/en/javascript:alert(1)',
  '/javascript:alert(1)',
  '/en/about#<script>',
  '/working-groups?next=//evil.example',
  '//evil.example/en',
  '/\\evil.example',
  '/en/about/..;/..;/',
]

const long = [
  `/en/${'a'.repeat(8 * 1024)}`,
  `/${'a/'.repeat(4 * 1024)}`,
  `/en/about?q=${'x'.repeat(8 * 1024)}`,
  `/en/search?q=${'%41'.repeat(3000)}`,
  `/${'é'.repeat(2000)}`,
]

const absurdHeaders: Record<string, string>[] = [
  { 'Accept-Language': 'x'.repeat(6000) },
  { 'Accept-Language': '*;q=1000, en;q=-1, ar;q=NaN' },
  { 'Accept-Language': ',,,;;;===' },
  { 'Accept-Language': 'zh-CN,'.repeat(500) },
  { 'Accept-Language': '<script>alert(1)</script>' },
  { 'Accept-Language': 'ar\u00ff\u00fe' },
  { Cookie: `NEXT_LOCALE=${'x'.repeat(4000)}` },
  { Cookie: 'NEXT_LOCALE=../../etc/passwd' },
  { Cookie: 'NEXT_LOCALE=<script>; NEXT_LOCALE=fr' },
  { Cookie: 'NEXT_LOCALE=__proto__' },
  { Cookie: ';;;=;=;' },
  { Referer: 'javascript:alert(1)' },
  { Referer: 'http://127.0.0.1/../../' },
  { 'X-Forwarded-Host': 'evil.example' },
  { Host: 'evil.example' },
]

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO']

// Anything that gives away how the server is built.
const LEAKS = [
  /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/,
  /node_modules/,
  /\/work\//,
  /webpack-internal/,
  /\.next\/server/,
  /ENOENT|EACCES/,
  /Error: .+\n\s+at /,
]

function check(label: string, res: RawResponse, problems: string[]) {
  if (res.status >= 500) problems.push(`${label}: HTTP ${res.status}`)
  for (const leak of LEAKS) if (leak.test(res.body)) problems.push(`${label}: body matches ${leak}`)
  if (/^x-powered-by:/im.test(res.head)) problems.push(`${label}: X-Powered-By header`)
  if (/^location:\s*(https?:)?\/\/evil/im.test(res.head)) problems.push(`${label}: redirects off-site`)
  if (/^set-cookie:\s*x=1/im.test(res.head)) problems.push(`${label}: header injection`)
  if (/<script>alert\(1\)<\/script>/i.test(res.body)) problems.push(`${label}: echoes a script unescaped`)
}

test.describe('hostile requests', () => {
  const requests: { method: string; target: string; headers?: Record<string, string> }[] = [
    ...[...traversal, ...controlBytes, ...oddUnicode, ...scripted, ...long].map((target) => ({ method: 'GET', target })),
    ...pages.flatMap((target) => absurdHeaders.map((headers) => ({ method: 'GET', target, headers }))),
    ...['/', '/working-groups'].flatMap((target) => absurdHeaders.map((headers) => ({ method: 'GET', target, headers }))),
    ...pages.flatMap((target) => methods.map((method) => ({ method, target }))),
    ...['/', '/en/no-such-page', '/en/search?q=x'].flatMap((target) => methods.map((method) => ({ method, target }))),
  ]

  test('sends at least 200 of them', () => {
    expect(requests.length).toBeGreaterThanOrEqual(200)
  })

  test('answers every one with 2xx, 3xx or 4xx and no internals', async ({ baseURL }) => {
    const base = new URL(baseURL!)
    const problems: string[] = []
    const statuses = new Map<number, number>()
    // Four at a time: a burst, not a load test.
    for (let i = 0; i < requests.length; i += 4) {
      await Promise.all(
        requests.slice(i, i + 4).map(async ({ method, target, headers }) => {
          const label = `${method} ${target.slice(0, 70)}${headers ? ` ${JSON.stringify(headers).slice(0, 60)}` : ''}`
          try {
            const res = await rawRequest(base, method, target, headers)
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
            check(label, res, problems)
          } catch (error) {
            problems.push(`${label}: ${(error as Error).message}`)
          }
        }),
      )
    }
    console.log(`hostile requests: ${requests.length}, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`)
    expect(problems, problems.join('\n')).toEqual([])
  })

  test('still serves pages normally afterwards', async ({ baseURL }) => {
    const res = await rawRequest(new URL(baseURL!), 'GET', pages[1]!)
    expect(res.status).toBe(200)
  })
})
