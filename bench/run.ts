// `npm run bench`: figures, not pass/fail. Prints
//   1. page weight per route type as served (reading pages without their
//      scripts, compressed) against the JavaScript of a minimal Next page,
//      and the stylesheet size;
//   2. load on the production server beside a bare Next.js app built here
//      (what Next itself costs), behind the shipped nginx config, and from
//      nginx serving the pre-rendered files (the machine's limit);
//   3. the cost of the content check and `next build` as content grows;
//   4. Lighthouse (mobile) on key pages beside the Astro Starlight peer
//      site (../shared/anchors/starlight.sh), measured in the same run;
//   and comments under load (bench/comments.ts) and one alert to 10,000
//   subscribers, queued and sent paced with no duplicates (bench/alerts.ts).
// Needs a build (`npm run build`), nginx and wrk (Debian packages); its own
// tools (autocannon, Lighthouse) are installed into bench/ by `npm run bench`.
// BENCH_DURATION (s, default 15), BENCH_SCALES (default 10,100,1000) and
// BENCH_PARTS (default build,load,lighthouse) shorten a trial run.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { scriptProblems, stripScripts } from '../deploy/reading-pages.cjs'
import { locales } from '../lib/i18n/config'
import { hasNginx, proxyConfig, startNginx, staticConfig } from '../scripts/nginx'
import { freePort, serveBuild, type RunningServer } from '../scripts/serve-build'
import { alertBench } from './alerts'
import { commentBench } from './comments'
import { withChrome, type Audit } from './audit'

const DURATION = Number(process.env.BENCH_DURATION ?? 15)
const CONNECTIONS = 32
const SCALES = (process.env.BENCH_SCALES ?? '10,100,1000').split(',').map(Number)
const TARGETS = ['/en', '/en/working-groups/dns-security-and-stability-analysis', '/en/publications/wsis-statement-2005']

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const br = (text: string) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

function section(title: string) {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`)
}

function table(header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((r) => r.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)))
  for (const [i, row] of cells.entries()) {
    console.log(row.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '))
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
}

// --- 1. Page weight ----------------------------------------------------------

// The scripts a browser loads for a pre-rendered page (module scripts only:
// the noModule polyfill is skipped by every current browser).
function firstLoadJs(projectDir: string, htmlFile: string): number {
  const html = readFileSync(join(projectDir, '.next/server/app', htmlFile), 'utf8')
  const srcs = new Set<string>()
  for (const tag of html.match(/<script[^>]*\bsrc="[^"]+"[^>]*>/g) ?? []) {
    if (/\bnoModule\b/i.test(tag)) continue
    srcs.add(/src="([^"]+)"/.exec(tag)![1]!)
  }
  for (const m of html.matchAll(/<link[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"/g)) srcs.add(m[1]!)
  let total = 0
  for (const src of srcs) total += gz(join(projectDir, '.next', src.replace(/^\/_next\//, '')))
  // Inline scripts (the RSC payload) travel in the HTML itself: count them too.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')
  return total + gzipSync(inline).length
}

function cssSize(projectDir: string): { files: number; gzip: number } {
  const dir = join(projectDir, '.next/static/chunks')
  const css = readdirSync(dir).filter((f) => f.endsWith('.css'))
  return { files: css.length, gzip: css.reduce((sum, f) => sum + gz(join(dir, f)), 0) }
}

// Reading pages as they go out: Next's pre-rendered HTML with its scripts
// taken out (deploy/reading-pages.cjs), brotli as the build writes it and
// gzip, against the JavaScript a minimal Next page makes a browser load.
function pageWeight(baselineDir: string) {
  section('Page weight per route type, as served (reading pages ship no JavaScript)')
  const baseline = firstLoadJs(baselineDir, 'baseline.html')
  const routes: [string, string][] = [
    ['home', 'en.html'],
    ['content page', 'en/about.html'],
    ['working-groups index', 'en/working-groups.html'],
    ['working group', 'en/working-groups/dns-security-and-stability-analysis.html'],
    ['publication', 'en/publications/wsis-statement-2005.html'],
  ]
  const filter = join('en/working-groups/filter/current/security.html')
  if (existsSync(join('.next/server/app', filter))) routes.push(['filtered working groups', filter])
  const css = cssSize('.')
  table(
    ['route type', 'HTML', 'brotli', 'gzip', 'JavaScript', 'HTML (br) + CSS (gzip)'],
    routes.map(([name, file]) => {
      const html = stripScripts(readFileSync(join('.next/server/app', file), 'utf8'))
      return [
        name,
        kb(Buffer.byteLength(html)),
        kb(br(html)),
        kb(gzipSync(html, { level: 9 }).length),
        scriptProblems(html).length ? scriptProblems(html).join(', ') : 'none',
        kb(br(html) + css.gzip),
      ]
    }),
  )
  console.log(
    `\nA minimal Next.js page makes a browser load ${kb(baseline)} of JavaScript (gzip, scripts + inline payload); reading pages, none.` +
      `\nStylesheets: ${css.files} file(s), ${kb(css.gzip)} gzip in all. Goal: HTML + CSS of /en <= 20 KB compressed.`,
  )
}

// --- 2. Load ------------------------------------------------------------------

interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

async function load(url: string, encoding: 'gzip' | 'identity' = 'gzip'): Promise<LoadResult> {
  const autocannon = (await import('autocannon')).default
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'accept-encoding': encoding },
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

// Resident memory of a process group (the server and any workers).
function groupRssMb(pid: number): number {
  const out = spawnSync('ps', ['-o', 'rss=', '-g', String(pid)], { encoding: 'utf8' }).stdout
  return (
    out
      .split('\n')
      .filter(Boolean)
      .reduce((sum, kbStr) => sum + Number(kbStr), 0) / 1024
  )
}

// A bare Next.js app (one static page, standalone output) built with the
// same node_modules: what Next itself costs per request on this machine.
// With `withProxy`, the same app plus a proxy that only calls
// NextResponse.next(): what running any proxy at all costs.
async function startBareNext(withProxy = false): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-bare-next-'))
  mkdirSync(join(dir, 'app'))
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n')
  writeFileSync(join(dir, 'next.config.mjs'), "export default { output: 'standalone' }\n")
  writeFileSync(
    join(dir, 'app/layout.js'),
    'export default function L({ children }) { return <html lang="en"><body>{children}</body></html> }\n',
  )
  writeFileSync(
    join(dir, 'app/page.js'),
    'export default function P() { return <main><h1>Bare Next.js</h1><p>One static page.</p></main> }\n',
  )
  if (withProxy) {
    writeFileSync(
      join(dir, 'proxy.js'),
      "import { NextResponse } from 'next/server'\nexport function proxy() { return NextResponse.next() }\n",
    )
  }
  // Hard links: Turbopack refuses a symlinked node_modules.
  execFileSync('cp', ['-al', join(process.cwd(), 'node_modules'), join(dir, 'node_modules')])
  execFileSync('npx', ['next', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  // The standalone server serves /_next/static only from its own folder:
  // without the copy the page's scripts 404 and nothing ever hydrates.
  cpSync(join(dir, '.next/static'), join(dir, '.next/standalone/.next/static'), { recursive: true })
  const port = await freePort()
  const child = spawn(process.execPath, ['.next/standalone/server.js'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    stop: () => {
      child.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function loadBench() {
  section(`Load: autocannon, ${CONNECTIONS} connections, ${DURATION} s per run, gzip accepted`)
  const withNginx = hasNginx()
  if (!withNginx) console.log('nginx is not installed (apt-get install nginx): only the Next.js server is measured.')
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-bench-'))
  const [nextPort, proxyPort, staticPort] = [await freePort(), await freePort(), await freePort()]
  const server: RunningServer = await serveBuild({ port: nextPort })
  const stops: (() => void)[] = []
  try {
    if (withNginx) {
      const proxy = proxyConfig(join(dir, 'proxy'), nextPort, proxyPort)
      const stat = staticConfig(join(dir, 'static'), join(process.cwd(), '.next/server/app'), staticPort)
      stops.push(startNginx(proxy), startNginx(stat))
    }
    const rssBefore = groupRssMb(server.pid)
    // After each run against the Next.js server: a leak keeps climbing,
    // a warm-up levels off.
    const rssSeries: number[] = []
    const rows: (string | number)[][] = []
    for (const path of TARGETS) {
      const targets: [string, string][] = [['next server', `${server.url}${path}`]]
      if (withNginx) {
        targets.push(['nginx proxy (deploy/nginx.conf)', `http://127.0.0.1:${proxyPort}${path}`])
        targets.push(['nginx static files', `http://127.0.0.1:${staticPort}${path}`])
      }
      const results: LoadResult[] = []
      for (const [name, url] of targets) {
        await fetch(url).then((r) => r.arrayBuffer()) // warm the cache
        const r = await load(url)
        if (url.startsWith(server.url)) rssSeries.push(groupRssMb(server.pid))
        results.push(r)
        rows.push([path, name, Math.round(r.rps), r.p50, r.p99, r.errors, r.non2xx, '—'])
      }
      const limit = results[2]?.rps
      if (limit) {
        rows.at(-3)![7] = `${((results[0]!.rps / limit) * 100).toFixed(0)}%`
        rows.at(-2)![7] = `${((results[1]!.rps / limit) * 100).toFixed(0)}%`
        rows.at(-1)![7] = '100%'
      }
    }
    table(['page', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'of static'], rows)
    const bare = await startBareNext()
    stops.push(bare.stop)
    const bareBody = await fetch(bare.url, { headers: { 'accept-encoding': 'gzip' } })
    const bareBytes = (await bareBody.arrayBuffer()).byteLength
    const bareResult = await load(bare.url)
    // The same run, right after: the home page (a live page, taken from Next
    // every few seconds) and a working group (a file), gzip and uncompressed.
    const share = (r: LoadResult) => `${(r.rps / bareResult.rps).toFixed(2)}x bare`
    const ours: [string, LoadResult, LoadResult][] = []
    for (const path of TARGETS.slice(0, 2))
      ours.push([path, await load(`${server.url}${path}`), await load(`${server.url}${path}`, 'identity')])
    console.log(
      `\nBare Next.js app (one static page, ${kb(bareBytes)}, ${bareBody.headers.get('content-encoding') ?? 'uncompressed'}): ${Math.round(bareResult.rps)} req/s, p50 ${bareResult.p50} ms, p99 ${bareResult.p99} ms, ${bareResult.errors} errors`,
    )
    for (const [path, gzip, plain] of ours)
      console.log(
        `This site's ${path}, same run (goal >= 1.5x bare with compression, 0 errors): gzip ${Math.round(gzip.rps)} req/s (${share(gzip)}), ${gzip.errors} errors; ` +
          `uncompressed ${Math.round(plain.rps)} req/s (${share(plain)}), ${plain.errors} errors`,
      )
    const proxied = await startBareNext(true)
    stops.push(proxied.stop)
    await fetch(proxied.url).then((r) => r.arrayBuffer())
    const proxiedResult = await load(proxied.url)
    console.log(
      `The same bare app with a proxy that does nothing: ${Math.round(proxiedResult.rps)} req/s ` +
        `(${((proxiedResult.rps / bareResult.rps) * 100).toFixed(0)}% of bare): what Next's proxy step costs by itself.`,
    )
    // A second round on the first page: memory should stay where it was.
    await load(`${server.url}${TARGETS[0]}`)
    rssSeries.push(groupRssMb(server.pid))
    console.log(
      `\nNext.js server resident memory (MB): ${rssBefore.toFixed(0)} before, then after each run: ${rssSeries.map((m) => m.toFixed(0)).join(', ')}`,
    )
    console.log('Goal: behind the proxy >= 50% of nginx static.')
  } finally {
    for (const stop of stops) stop()
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

// --- 3. Build scaling -------------------------------------------------------------

function workingGroup(i: number): string {
  return `---
title: "Synthetic working group ${i}"
summary: "A generated group for measuring build cost."
status:
  value: ${i % 2 ? 'current' : 'past'}
  asOf: "2026-01"
  source: Generated for the benchmark
topics: [security]
updated: "2026-01-01"
---
## About the group

Generated text ${i}. See [membership](/membership) and [working groups](/working-groups).
`
}

interface Timed {
  ms: number
  peakMb: number
}

// Wall time and peak resident memory of a command (GNU time's -f %M).
function timed(cmd: string, args: string[], cwd: string): Timed {
  const started = performance.now()
  const run = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${run.stderr.slice(-2000)}`)
  const peakKb = Number(run.stderr.trim().split('\n').at(-1))
  return { ms: performance.now() - started, peakMb: peakKb / 1024 }
}

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-scale-'))
  for (const entry of readdirSync('.')) {
    if (['node_modules', '.next', '.git', 'test-results', '.bench'].includes(entry)) continue
    cpSync(entry, join(dir, entry), { recursive: true })
  }
  // Hard links: Turbopack refuses a symlinked node_modules.
  execFileSync('cp', ['-al', join(process.cwd(), 'node_modules'), join(dir, 'node_modules')])
  return dir
}

function addBaselinePage(dir: string) {
  // A root layout and page with nothing of ours: what Next itself ships.
  mkdirSync(join(dir, 'app/baseline'), { recursive: true })
  writeFileSync(
    join(dir, 'app/baseline/layout.tsx'),
    `export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html> }\n`,
  )
  writeFileSync(join(dir, 'app/baseline/page.tsx'), `export default function P() { return <p>baseline</p> }\n`)
}

function buildScaling(): string {
  section('Build scaling: synthetic working groups per locale')
  const rows: (string | number)[][] = []
  let baselineDir = ''
  for (const scale of [0, ...SCALES]) {
    const dir = copyProject()
    if (scale === 0) {
      addBaselinePage(dir)
      baselineDir = dir
    }
    for (const locale of locales) {
      for (let i = 0; i < scale; i++) {
        writeFileSync(join(dir, 'content', locale, 'working-groups', `synthetic-${i}.md`), workingGroup(i))
      }
    }
    const pages =
      Number(/content OK: (\d+) pages/.exec(execFileSync('npx', ['tsx', 'scripts/content-check.ts'], { cwd: dir, encoding: 'utf8' }))![1]) *
      locales.length
    const check = timed('npx', ['tsx', 'scripts/content-check.ts'], dir)
    const build = timed('npx', ['next', 'build'], dir)
    rows.push([
      scale === 0 ? 'as shipped' : `+${scale} per locale`,
      pages,
      Math.round(check.ms),
      (check.ms / pages).toFixed(2),
      Math.round(build.ms / 1000),
      (build.ms / pages).toFixed(1),
      Math.round(build.peakMb),
    ])
    if (scale !== 0) rmSync(dir, { recursive: true, force: true })
  }
  table(['content', 'pages', 'check ms', 'check ms/page', 'build s', 'build ms/page', 'build peak RSS MB'], rows)
  return baselineDir
}

// --- 4. First paint ------------------------------------------------------------

// /en, /ar and the WSIS statement are live pages (taken from Next on the
// way out), the working group is a file, the search results are rendered
// per request.
const LIGHTHOUSE_PAGES = [
  '/en',
  '/ar',
  '/en/working-groups/dns-security-and-stability-analysis',
  '/en/publications/wsis-statement-2005',
  '/en/search?q=ICANN',
]

// The peer site's one-line summary: "... | en perf=100 ... lcp_ms=1012 tbt_ms=0 ... | ar ... | wrk_en ...".
function starlightFigures(): Record<string, Record<string, string>> | undefined {
  const script = join(process.cwd(), '../shared/anchors/starlight.sh')
  if (!existsSync(script)) return undefined
  const run = spawnSync('bash', [script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) {
    console.log(`starlight.sh failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`)
    return undefined
  }
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  return Object.fromEntries(
    line
      .split(' | ')
      .slice(1)
      .map((part) => {
        const [name, ...pairs] = part.trim().split(/\s+/)
        return [name!, Object.fromEntries(pairs.map((p) => p.split('=') as [string, string]))]
      }),
  )
}

async function firstPaint() {
  section('First paint: Lighthouse (mobile, median of 3 runs), this site and the Astro Starlight peer, same run')
  const server = await serveBuild()
  // The bare Next.js app too: the floor Next's own runtime sets.
  const bare = await startBareNext()
  // The peer is measured behind nginx; so is this site, as deployed
  // (deploy/nginx.conf), and also straight from the Next.js server.
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-bench-lh-'))
  const nginxPort = await freePort()
  const stopNginx = hasNginx() ? startNginx(proxyConfig(join(dir, 'proxy'), Number(new URL(server.url).port), nginxPort)) : undefined
  // A page of plain HTML (a heading and a paragraph, nothing else) from
  // nginx: the TBT and LCP this machine gives a page that does nothing.
  // On a busy machine Chromium's own work shows up as blocking time.
  const plainPort = await freePort()
  mkdirSync(join(dir, 'plain'))
  writeFileSync(
    join(dir, 'plain/plain.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plain</title></head><body><h1>Plain HTML</h1><p>One paragraph of text, long enough to be the largest element on the page: nothing else loads.</p></body></html>\n',
  )
  const stopPlain = hasNginx() ? startNginx(staticConfig(join(dir, 'plain-nginx'), join(dir, 'plain'), plainPort)) : undefined
  let ours: [string, Audit][] = []
  try {
    ours = await withChrome(async (once) => {
      // Simulated LCP swings by a second between runs of one page (it
      // depends on which requests the unthrottled trace saw before first
      // paint): the median of three runs, by LCP.
      const audit = async (url: string) => {
        const runs = [await once(url), await once(url), await once(url)].sort((a, b) => a.lcpMs - b.lcpMs)
        return runs[1]!
      }
      const results: [string, Audit][] = []
      if (stopNginx) {
        for (const path of LIGHTHOUSE_PAGES) {
          await fetch(`http://127.0.0.1:${nginxPort}${path}`).then((r) => r.arrayBuffer()) // fill nginx's cache
          results.push([`${path} (nginx)`, await audit(`http://127.0.0.1:${nginxPort}${path}`)])
        }
      }
      for (const path of LIGHTHOUSE_PAGES) results.push([`${path} (next server)`, await audit(`${server.url}${path}`)])
      results.push(['bare Next.js app (next server)', await audit(bare.url)])
      if (stopPlain) results.push(['plain HTML page (nginx static)', await audit(`http://127.0.0.1:${plainPort}/plain`)])
      return results
    })
  } finally {
    stopNginx?.()
    stopPlain?.()
    await server.stop()
    bare.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  const peer = hasNginx() && spawnSync('wrk', ['-v']).error === undefined ? starlightFigures() : undefined
  if (!peer) console.log('The peer was not measured (needs ../shared/anchors/starlight.sh, nginx and wrk).')
  const peerLcp = Math.min(...['en', 'ar'].map((l) => Number(peer?.[l]?.lcp_ms)).filter(Number.isFinite))
  table(
    ['page', 'performance', 'LCP ms', 'FCP ms', 'TBT ms', 'LCP / peer', 'transfer', 'HTML + CSS'],
    [
      ...ours.map(([path, a]) => [
        path,
        a.scores.performance,
        a.lcpMs,
        a.fcpMs,
        a.tbtMs,
        Number.isFinite(peerLcp) ? `${(a.lcpMs / peerLcp).toFixed(2)}x` : '—',
        kb(a.transferBytes),
        kb(a.htmlCssBytes),
      ]),
      ...['en', 'ar'].flatMap((l) =>
        peer?.[l]
          ? [
              [
                `peer /${l}/mission/`,
                peer[l]!.perf ?? '—',
                peer[l]!.lcp_ms ?? '—',
                '—',
                peer[l]!.tbt_ms ?? '—',
                '1.00x',
                peer[l]!.transfer_B ? kb(Number(peer[l]!.transfer_B)) : '—',
                '—',
              ],
            ]
          : [],
      ),
    ],
  )
  console.log(
    'Goals: performance 100, TBT <= 10 ms, LCP <= 1.0x the peer (the lower of its two pages); /en HTML + CSS <= 20 KB.\n' +
      'The plain HTML row is what this machine gives a page that does nothing, at the time of the run.',
  )
}

// --- run -----------------------------------------------------------------------------

if (!existsSync('.next/standalone/server.js')) {
  console.error('No build in .next: run npm run build first.')
  process.exit(1)
}
let autocannonMissing = false
try {
  await import('autocannon')
} catch {
  autocannonMissing = true
  console.log('autocannon is not installed (npm run bench installs it into bench/): load figures are skipped.')
}
// BENCH_PARTS=load (or build, lighthouse, comments, alerts) runs a part alone.
const parts = new Set((process.env.BENCH_PARTS ?? 'build,load,comments,alerts,lighthouse').split(','))
console.log(`bench on ${new Date().toISOString()}, node ${process.version}`)
if (parts.has('build')) {
  const baselineDir = buildScaling()
  pageWeight(baselineDir)
  rmSync(baselineDir, { recursive: true, force: true })
}
if (parts.has('load') && !autocannonMissing) await loadBench()
if (parts.has('comments')) await commentBench({ section, table }, DURATION)
if (parts.has('alerts')) await alertBench({ section, table })
if (parts.has('lighthouse')) await firstPaint()
