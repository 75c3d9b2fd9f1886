// After `next build`: the standalone server (<distDir>/standalone/server.js)
// serves /_next/static and public/ only from its own folder, so copy them
// in; the result runs anywhere Node runs, with nothing else beside it.
// The route manifest goes beside server.js too: scripts/serve.ts reads the
// pages to keep fresh from the build it serves (the real or the fixture site).
//
// Then the reading pages, without JavaScript (deploy/reading-pages.cjs): the
// built server is started and asked for every reading page in every
// language, over HTTP as a browser would, so what is kept is Next's own
// output whatever its files look like inside. Pages the same for everybody
// (Cache-Control without private/no-store) are written to
// <standalone>/reading/pages/<path>.html, with .gz and .br beside them,
// for the request guard and for nginx; pages rendered per visitor (search,
// eligibility) and the live pages are only checked, as they are made
// script-free on the way out. Any page that would still hold a script, or
// content only a script reveals, fails the build.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ENCODINGS, encode, READING_DIR, keptHeaders, scriptProblems, stripScripts } from '../deploy/reading-pages.cjs'
import type { Locale } from '../lib/i18n/config'
import { getPathname } from '../lib/i18n/navigation'
import { freePort } from './serve-build'

const dist = process.env.NEXT_DIST_DIR ?? '.next'
const target = `${dist}/standalone`
if (!existsSync(`${target}/server.js`)) throw new Error(`${target}/server.js is missing: did next build run with output: 'standalone'?`)
rmSync(`${target}/${dist}/static`, { recursive: true, force: true })
cpSync(`${dist}/static`, `${target}/${dist}/static`, { recursive: true })
if (existsSync('public')) cpSync('public', `${target}/public`, { recursive: true })

interface RouteManifest {
  locales: Locale[]
  notFound: string
  reading: string[]
  live: string[]
}
const manifest: RouteManifest = JSON.parse(readFileSync('lib/generated/route-manifest.json', 'utf8'))

type PageHeaders = Record<string, string | string[]>
const scriptFree = {
  files: {} as Record<string, PageHeaders>,
  notFound: {} as Record<string, PageHeaders>,
  perRequest: [] as string[],
  live: [] as string[],
}

async function startServer(): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort()
  const server = spawn(process.execPath, ['server.js'], {
    cwd: target,
    // Idle connections kept a minute: writing the encodings blocks this
    // process for seconds on a busy machine, and a connection the server
    // closed meanwhile would fail the next fetch (ECONNRESET in CI).
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      KEEP_ALIVE_TIMEOUT: '60000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`the built server exited with ${server.exitCode}`)
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      return { origin, stop: () => server.kill() }
    await new Promise((r) => setTimeout(r, 100))
  }
  server.kill()
  throw new Error('the built server did not answer within 30 s')
}

async function writeEncoded(file: string, html: string) {
  mkdirSync(dirname(file), { recursive: true })
  const body = Buffer.from(html)
  for (const encoding of ENCODINGS) {
    const suffix = { br: '.br', gzip: '.gz', identity: '' }[encoding]
    writeFileSync(file + suffix, await encode(body, encoding, { best: true }))
  }
}

// One page: fetched, stripped, checked, and written out or listed.
async function take(origin: string, locale: Locale, href: string, problems: string[]) {
  const path = getPathname({ locale, href })
  const get = () => fetch(origin + path, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' })
  // A GET may be asked again: once, if the connection broke.
  const response = await get().catch(get)
  const headers = Object.fromEntries(response.headers)
  const html = stripScripts(await response.text())
  if (response.status !== 200 || !headers['content-type']?.startsWith('text/html'))
    return problems.push(`${path}: HTTP ${response.status} ${headers['content-type']}, expected an HTML page`)
  for (const problem of scriptProblems(html)) problems.push(`${path}: still holds ${problem} once its scripts are taken out`)
  const perVisitor = /\b(private|no-store)\b/.test(headers['cache-control'] ?? '')
  if (href === manifest.notFound) {
    scriptFree.notFound[path] = keptHeaders(headers)
    await writeEncoded(join(target, READING_DIR, 'not-found', `${path}.html`), html)
  } else if (manifest.live.includes(href)) scriptFree.live.push(path)
  else if (perVisitor) scriptFree.perRequest.push(path)
  else {
    scriptFree.files[path] = keptHeaders(headers)
    await writeEncoded(join(target, READING_DIR, 'pages', `${path}.html`), html)
  }
}

rmSync(join(target, READING_DIR), { recursive: true, force: true })
const { origin, stop } = await startServer()
const problems: string[] = []
try {
  const jobs = manifest.locales.flatMap((locale) =>
    [...manifest.reading, manifest.notFound].map((href) => () => take(origin, locale, href, problems)),
  )
  // A few at a time: the machine builds with two cores.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await job()
    }),
  )
} finally {
  stop()
}
if (problems.length > 0) {
  console.error(`Reading pages that would not be script-free:\n${problems.sort().join('\n')}`)
  process.exit(1)
}
for (const list of [scriptFree.perRequest, scriptFree.live]) list.sort()
writeFileSync(`${target}/route-manifest.json`, `${JSON.stringify({ ...manifest, scriptFree })}\n`)
console.log(
  `reading pages without JavaScript: ${Object.keys(scriptFree.files).length} files, ${scriptFree.perRequest.length} rendered per request, ${scriptFree.live.length} live, ${Object.keys(scriptFree.notFound).length} 404 pages`,
)
