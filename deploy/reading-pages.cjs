// Reading pages without JavaScript. Next's App Router puts its client
// runtime (~175 KB gzip, requested from <head>) and the page's RSC payload
// into every page, and cannot leave them out (vercel/next.js#45009). Every
// reading page works without them (plain links and GET forms), so they are
// taken out of Next's own output:
// - at build time, from the pages Next pre-rendered (scripts/standalone-assets.ts
//   writes them to <standalone>/reading/, compressed, for nginx and for this module);
// - on the way out, for the pages Next renders per request (search,
//   eligibility) or keeps fresh (the live pages of the route manifest).
// The request guard (request-guard.cjs) answers reading pages through
// `readingPages`; the form pages and the staff desk keep Next's scripts.
const http = require('node:http')
const { randomBytes } = require('node:crypto')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')
const { promisify } = require('node:util')
const zlib = require('node:zlib')
const security = require('./security-headers.json')

// --- Taking the scripts out -------------------------------------------------

// Every script element (Next's runtime, the inline RSC payload, any JSON
// data) and every link that preloads a script. React escapes '<' in text
// and attribute values, and Next writes '</' inside its inline scripts as
// '\u003c/', so these patterns only ever meet real tags.
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as=["']?script\b|rel=["']?modulepreload\b)[^>]*>/gi

function stripScripts(html) {
  return html.replace(SCRIPT_ELEMENT, '').replace(SCRIPT_PRELOAD, '')
}

// What a page without scripts must not hold: anything that loads one, and
// a Suspense boundary still pending ($?) or left to the client ($!), whose
// content only a script would reveal. The build fails on any of them; a
// page rendered per request is then served as Next made it (see toPage).
const NEEDS_SCRIPTS = [
  [/<script\b/i, 'a <script> element'],
  [/\bas=["']?script\b/i, 'a script preload'],
  [/\brel=["']?modulepreload\b/i, 'a module preload'],
  [/<!--\$[?!]-->/, 'a Suspense boundary that only a script completes'],
]

function scriptProblems(html) {
  return NEEDS_SCRIPTS.filter(([pattern]) => pattern.test(html)).map(([, what]) => what)
}

// --- Headers -------------------------------------------------------------------

// The site's security headers (next.config.ts sends the same list), with
// scripts refused outright. Names in lower case, as Node gives Next's.
// Not `pagesWithScripts`: Cross-Origin-Opener-Policy keeps other sites'
// windows away from a page's state, and a reading page has none (no
// script, no cookie, the same bytes for everybody), while it makes the
// browser switch browsing context groups for every visitor arriving from
// another page, which Lighthouse (mobile) counts as blocking time on a page
// that runs no script: on the WSIS statement, 10 interleaved runs each on a
// busy machine, a median of 1,788 ms with the header against 381 ms without.
const READING_HEADERS = Object.fromEntries(
  Object.entries({
    'Content-Security-Policy': Object.entries({ ...security.contentSecurityPolicy, 'script-src': "'none'" })
      .map(([directive, value]) => `${directive} ${value}`)
      .join('; '),
    ...security.headers,
  }).map(([name, value]) => [name.toLowerCase(), value]),
)

// Next's headers that a reading page keeps: all but the framing of Next's
// own response, its date, its security headers (READING_HEADERS replaces
// them: its CSP allows scripts) and its x-nextjs-* (which describe Next's
// cache, not this copy).
const SECURITY = new Set(
  ['Content-Security-Policy', ...Object.keys(security.headers), ...Object.keys(security.pagesWithScripts)].map((name) =>
    name.toLowerCase(),
  ),
)
const DROPPED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

function keptHeaders(headers, { keepSecurity = false } = {}) {
  const kept = {}
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase()
    if (!DROPPED.has(key) && (keepSecurity || !SECURITY.has(key)) && !key.startsWith('x-nextjs-')) kept[key] = value
  }
  // Each page goes out in three encodings.
  if (!/\baccept-encoding\b/i.test(String(kept.vary ?? ''))) kept.vary = kept.vary ? `${kept.vary}, Accept-Encoding` : 'Accept-Encoding'
  return kept
}

// --- Compression ---------------------------------------------------------------

const ENCODINGS = ['br', 'gzip', 'identity']

// Brotli when the client takes it, else gzip, else none; q=0 refuses a coding.
function chooseEncoding(acceptEncoding) {
  const weights = new Map()
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    weights.set(coding, q === undefined ? 1 : Number(q.slice(2)))
  }
  const takes = (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0
  return takes('br') ? 'br' : takes('gzip') ? 'gzip' : 'identity'
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

// The build spends the time on the smallest files; per request, a level
// that costs about a millisecond on a 40 KB page.
function encode(body, encoding, { best = false } = {}) {
  if (encoding === 'br')
    return brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: best ? zlib.constants.BROTLI_MAX_QUALITY : 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
  if (encoding === 'gzip') return gzip(body, { level: best ? 9 : 6 })
  return Promise.resolve(body)
}

// --- Pages ---------------------------------------------------------------------

// A response ready to send: status, headers and the body in each encoding
// (computed when first asked for, then kept). `scriptFree` is false for a
// page that went out as Next made it.
function page(status, headers, identity, encoded = {}, scriptFree = true) {
  const bodies = { identity, ...encoded }
  return {
    status,
    headers,
    scriptFree,
    body(encoding) {
      bodies[encoding] ??= encode(identity, encoding)
      return bodies[encoding]
    },
  }
}

// Next's answer, made script-free when it is an HTML page. A page that
// cannot lose its scripts without losing content (see scriptProblems) goes
// out as Next made it, and the log says so: a Next upgrade then shows up
// in the tests over every reading page, never as a blank page.
function toPage(path, status, headers, body) {
  if (!/^text\/html\b/i.test(String(headers['content-type'] ?? '')))
    return page(status, keptHeaders(headers, { keepSecurity: true }), body, {}, false)
  const html = stripScripts(body.toString('utf8'))
  const problems = scriptProblems(html)
  if (problems.length > 0) {
    console.error(`[reading-pages] ${path} keeps Next's scripts: without them it would hold ${problems.join(', ')}`)
    return page(status, keptHeaders(headers, { keepSecurity: true }), body, {}, false)
  }
  return page(status, { ...keptHeaders(headers), ...READING_HEADERS }, Buffer.from(html))
}

function send(request, response, { status, headers, body }, { status: statusOverride, ...overrides } = {}) {
  const encoding = chooseEncoding(request.headers['accept-encoding'])
  const write = (bytes) => {
    const encoded = encoding === 'identity' ? {} : { 'content-encoding': encoding }
    response.writeHead(statusOverride ?? status, { ...headers, ...overrides, ...encoded, 'content-length': bytes.length })
    response.end(request.method === 'HEAD' ? undefined : bytes)
  }
  const bytes = body(encoding)
  if (Buffer.isBuffer(bytes)) write(bytes)
  else bytes.then(write, (error) => response.destroy(error))
}

// --- Serving -------------------------------------------------------------------

// Beside the route manifest: pages/<path>.html (nginx serves this folder
// too) and not-found/<language>/_not-found.html, each with .gz and .br.
const READING_DIR = 'reading'

// How long a copy is served before Next is asked again. Live pages (a
// consultation's published comments, the home page's open consultations):
// a few seconds on top of Next's own revalidate, so they stay within a
// minute of the database on every instance, and Next renders each at most
// once per interval however many visitors come. Pre-rendered pages are
// the build's files, asked for again hourly in the background, so what
// changes with the date (a working group's status growing old) follows
// Next's daily revalidate.
const LIVE_MAX_AGE_MS = 5_000
const FILE_MAX_AGE_MS = 60 * 60 * 1000

// The guard's requests to Next carry this header with a secret of this
// process: it lets them through to Next untouched.
const PASS_HEADER = 'x-reading-pages-pass'

// `manifest`: the route manifest beside server.js, whose `scriptFree`
// (written by scripts/standalone-assets.ts) lists the files in `dir`, the
// pages rendered per request and the live pages. Without it (development)
// there is nothing to serve and Next's pages go out as they are.
// `pass(server, request, response)` hands a request on to Next.
function readingPages(manifest, dir, { pass, notStored }) {
  const scriptFree = manifest.scriptFree
  if (!scriptFree && process.env.NODE_ENV === 'production')
    throw new Error(
      `request guard: the route manifest in ${dir} lists no script-free pages (a build older than this guard): run npm run build`,
    )
  if (!scriptFree) return undefined
  const secret = randomBytes(16).toString('hex')
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })

  const loadFiles = (entries, folder) => {
    const copies = new Map()
    const loaded = Date.now()
    for (const [path, headers] of Object.entries(entries)) {
      const file = join(dir, READING_DIR, folder, `${path}.html`)
      const read = (suffix) => readFileSync(file + suffix)
      const body = page(200, { ...headers, ...READING_HEADERS }, read(''), { gzip: read('.gz'), br: read('.br') })
      copies.set(path, { page: body, fetchedAt: loaded, pending: undefined })
    }
    return copies
  }
  const files = loadFiles(scriptFree.files, 'pages')
  const notFound = loadFiles(scriptFree.notFound, 'not-found')
  const perRequest = new Set(scriptFree.perRequest)
  const live = new Map(scriptFree.live.map((path) => [path, { page: undefined, fetchedAt: 0, pending: undefined }]))

  // Next, asked over HTTP on the address this server listens on.
  function fromNext(server, target, host) {
    const address = server.address()
    const local = typeof address === 'string' ? { socketPath: address } : { host: loopback(address), port: address.port }
    return new Promise((resolve, reject) => {
      const request = http.request(
        { ...local, agent, path: target, headers: { host: host || 'localhost', 'accept-encoding': 'identity', [PASS_HEADER]: secret } },
        (response) => {
          const chunks = []
          response.on('data', (chunk) => chunks.push(chunk))
          response.on('end', () => resolve(toPage(target, response.statusCode, response.headers, Buffer.concat(chunks))))
          response.on('error', reject)
        },
      )
      request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')))
      request.on('error', reject)
      request.end()
    })
  }

  // One request to Next at a time per copy; whoever asks meanwhile shares it.
  // Only a script-free page replaces the copy; a failed refresh keeps the
  // copy there was.
  function refresh(server, copy, path, host) {
    copy.pending ??= fromNext(server, path, host)
      .then(
        (fresh) => {
          if (fresh.status === 200 && fresh.scriptFree) Object.assign(copy, { page: fresh, fetchedAt: Date.now() })
          return fresh
        },
        (error) => {
          console.error(`[reading-pages] could not refresh ${path} from Next: ${error.message}`)
          if (copy.page) return copy.page
          throw error
        },
      )
      .finally(() => {
        copy.pending = undefined
      })
    return copy.pending
  }

  // Answers the request and returns true, or returns false for Next to answer.
  function serve(server, request, response, pathname, missing) {
    if (request.headers[PASS_HEADER] !== undefined) {
      const ours = request.headers[PASS_HEADER] === secret
      delete request.headers[PASS_HEADER]
      if (ours) return false
    }
    // Only page loads: client-side navigations (from a form page) and
    // prefetches ask Next for its RSC payload at the same address.
    if (request.method !== 'GET' && request.method !== 'HEAD') return false
    if (request.headers.rsc !== undefined || request.headers['next-router-prefetch'] !== undefined) return false
    const host = request.headers.host
    // Next's answer once it comes; if Next could not be asked, the request
    // itself goes on to Next.
    const later = (answer) =>
      answer
        .then(
          (found) => send(request, response, found),
          () => pass(server, request, response),
        )
        .catch((error) => {
          console.error(`[reading-pages] ${request.url}: ${error.message}`)
          response.destroy()
        })
    if (missing) {
      const copy = notFound.get(missing)
      if (!copy) return false
      send(request, response, copy.page, { status: 404, 'cache-control': notStored })
      return true
    }
    const file = files.get(pathname)
    if (file) {
      if (Date.now() - file.fetchedAt > FILE_MAX_AGE_MS) refresh(server, file, pathname, host).catch(() => {})
      send(request, response, file.page)
      return true
    }
    const copy = live.get(pathname)
    if (copy) {
      if (copy.page && Date.now() - copy.fetchedAt < LIVE_MAX_AGE_MS) send(request, response, copy.page)
      else later(refresh(server, copy, pathname, host))
      return true
    }
    if (perRequest.has(pathname)) {
      later(fromNext(server, request.url, host))
      return true
    }
    return false
  }

  return { serve }
}

// Where this server can reach itself: an address bound to every interface
// is reached on the loopback one.
function loopback({ address, family }) {
  if (address === '::' || address === '0.0.0.0') return family === 'IPv6' || family === 6 ? '::1' : '127.0.0.1'
  return address
}

module.exports = {
  READING_DIR,
  stripScripts,
  scriptProblems,
  keptHeaders,
  chooseEncoding,
  encode,
  ENCODINGS,
  READING_HEADERS,
  readingPages,
}
