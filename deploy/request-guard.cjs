// Preloaded into the server (node -r ./deploy/request-guard.cjs server.js).
// Answers, before Next sees them, the requests Next would turn into a 500
// with a stack trace in its log, or into a redirect to another site.
// nginx in front answers most of them itself (deploy/nginx.conf). It also
// answers unknown pages under a language with the localized 404 page.
const { existsSync, readFileSync } = require('node:fs')
const http = require('node:http')
const net = require('node:net')
const { dirname, join } = require('node:path')
const { readingPages } = require('./reading-pages.cjs')

// Pages take GET and HEAD, and POST from forms and server actions; OPTIONS
// stays with Next, whose route handlers answer it with their own Allow.
// Next would serve the page to any other method, and it builds a fetch
// Request for the proxy, which throws on TRACE and TRACK.
const ALLOW = 'GET, HEAD, POST, OPTIONS'
const ALLOWED = new Set(ALLOW.split(', '))

// Next takes the origin from an absolute-form target (GET http://evil.example/en)
// rather than from Host, and redirects to that origin; '*' and other
// targets that are no path make it throw. A target naming this very host
// is cut down to its path, as a client behind a proxy may send it; any
// other target is refused.
function originForm(request) {
  const target = request.url
  if (target.startsWith('/')) return target
  const host = request.headers.host
  if (!host) return undefined
  try {
    const url = new URL(target)
    const ours = new URL(`${url.protocol}//${host}`).host
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host === ours) return url.pathname + url.search
  } catch {}
  return undefined
}

function refuse(response, status, message, headers) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers })
  response.end(`${message}\n`)
  return true
}

// A POST (form, server action, sign-in) sent from another site is refused
// with 403: Next refuses cross-origin server actions too, but with a 500.
// Requests without Origin are no browser form, so no cookie rides along.
function crossSite(request) {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true
  const origin = request.headers.origin
  if (!origin) return false
  const host = String(request.headers['x-forwarded-host'] || request.headers.host || '')
    .split(',')[0]
    .trim()
  try {
    return origin === 'null' || new URL(origin).host !== host
  } catch {
    return true
  }
}

// The build's route list (scripts/content-check.ts writes it; the build
// puts it beside server.js, and scripts/serve.ts names it in ROUTE_MANIFEST).
function readRoutes() {
  const file = process.env.ROUTE_MANIFEST || join(dirname(process.argv[1] || '.'), 'route-manifest.json')
  let manifest
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`request guard: cannot read the route manifest ${file} (${error.message}): run npm run build`)
  }
  const valid =
    Array.isArray(manifest?.locales) &&
    manifest.locales.includes(manifest.defaultLocale) &&
    typeof manifest.notFound === 'string' &&
    Array.isArray(manifest.pages)
  if (!valid)
    throw new Error(
      `request guard: the route manifest ${file} lacks locales, defaultLocale, notFound or pages (a build older than this guard): run npm run build`,
    )
  return {
    locales: new Set(manifest.locales),
    defaultLocale: manifest.defaultLocale,
    notFound: manifest.notFound,
    pages: new Set(manifest.pages),
    rtl: new Set(manifest.rtl || []),
    tooLarge: manifest.tooLarge || { [manifest.defaultLocale]: { title: 'Too large', body: 'What you sent is too large.', home: 'Home' } },
    manifest,
    dir: dirname(file),
  }
}
const routes = readRoutes()

// Pages under a language never go through Next's proxy (its matcher in
// proxy.ts skips a first segment of two lower-case letters, form pages
// aside): running any proxy at all costs Next about 40% of its throughput
// (npm run bench). Their one rule lives here instead: a path the manifest
// does not list gets the pre-rendered 404 page of its language, as a 404.
// (Next's own notFound() page is empty until JavaScript runs, vercel/next.js#62228.)
const UNDER_A_LANGUAGE = /^\/([a-z]{2})(?=\/|$)(.*)$/

function missingPage(pathname) {
  const match = UNDER_A_LANGUAGE.exec(pathname)
  if (!match) return undefined
  const [, language, rest] = match
  const known = routes.locales.has(language)
  if (known && routes.pages.has((rest || '/').replace(/(.)\/+$/, '$1'))) return undefined
  return `/${known ? language : routes.defaultLocale}${routes.notFound}`
}

// Next would cache the page it serves for a day; a 404 is not to be kept.
const NOT_STORED = 'private, no-cache, no-store, max-age=0, must-revalidate'

function serveNotFound(request, response, page) {
  request.url = page
  const writeHead = response.writeHead
  response.writeHead = function (status, ...rest) {
    if (status !== 200) return writeHead.call(this, status, ...rest)
    this.setHeader('cache-control', NOT_STORED)
    return writeHead.call(this, 404, ...rest)
  }
}

// A path whose percent-encoding is not valid UTF-8 (%C3%28, %FF) names no
// page; Next's router would fail on it with a 500.
function isDecodable(pathname) {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

// TRUST_PROXY names what stands in front of this server, as Express's
// "trust proxy" does: unset (or 0): nothing, the connection's address is the
// client's; a number N: N proxies; a list of addresses and CIDRs (and the
// words loopback, private): the proxies' own addresses. The client is the
// rightmost X-Forwarded-For entry that no trusted proxy added; a header from
// a peer that is not a trusted proxy is never read.
function proxyTrust(setting) {
  const value = String(setting || '').trim()
  if (!value || value === '0' || value === 'false') return { hops: 0 }
  if (/^[0-9]+$/.test(value)) return { hops: Number(value) }
  const list = new net.BlockList()
  const named = {
    loopback: ['127.0.0.0/8', '::1/128'],
    private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  }
  for (const item of value.split(',').flatMap((part) => named[part.trim()] || [part.trim()])) {
    const [address, prefix] = item.split('/')
    const family = net.isIP(address)
    const bits = prefix === undefined ? undefined : Number(prefix)
    if (!family || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128))))
      throw new Error(`request guard: TRUST_PROXY has "${item}", which is no number of proxies, address or CIDR`)
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, bits, type)
  }
  return { list }
}
const trust = proxyTrust(process.env.TRUST_PROXY)

// IPv4 clients of a dual-stack socket appear as ::ffff:1.2.3.4.
const plainAddress = (address) =>
  String(address || '')
    .trim()
    .replace(/^::ffff:(?=[0-9.]+$)/i, '')

function trusted(address) {
  const family = net.isIP(address)
  return family !== 0 && trust.list.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

function clientAddress(request) {
  const peer = plainAddress(request.socket.remoteAddress)
  if (!trust.list && !trust.hops) return peer
  const forwarded = String(request.headers['x-forwarded-for'] || '')
    .split(',')
    .map(plainAddress)
    .filter(Boolean)
  const chain = [...forwarded, peer]
  if (trust.hops) return chain[Math.max(0, chain.length - 1 - trust.hops)]
  let at = chain.length - 1
  while (at > 0 && trusted(chain[at])) at--
  return chain[at]
}

// Bodies Next would fail on with a 500 are answered here, before it reads
// them: a form or action body over Next's own 1 MB limit gets 413 with a page
// in the visitor's language (its strings are in the route manifest); a body
// of unknown length, 411; a multipart body that does not parse (every form
// sent without JavaScript is multipart), 400; a Next-Action header naming no
// action of this build, 400 (multipart bodies: watchMultipart below).
const BODY_LIMIT = 1024 * 1024
const DRAIN_LIMIT = 16 * BODY_LIMIT

function language(request) {
  const first = UNDER_A_LANGUAGE.exec(String(request.url).split('?', 1)[0])?.[1]
  if (first && routes.locales.has(first)) return first
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([a-z]{2})(?:;|$)/.exec(String(request.headers.cookie || ''))?.[1]
  return cookie && routes.locales.has(cookie) ? cookie : routes.defaultLocale
}

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

function tooLarge(request, response) {
  const locale = language(request)
  const text = routes.tooLarge[locale] || routes.tooLarge[routes.defaultLocale]
  const dir = routes.rtl.has(locale) ? 'rtl' : 'ltr'
  const page = `<!DOCTYPE html>
<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(text.title)}</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a}a{color:#1e3a8a}</style></head>
<body><main><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.body)}</p><p><a href="/${locale}">${escapeHtml(text.home)}</a></p></main></body></html>
`
  // The body is read and dropped, so the client finishes sending and reads
  // this answer (closing at once would cut it off mid-send); a sender that
  // goes on past DRAIN_LIMIT is cut off.
  let drained = 0
  request.on('data', (chunk) => {
    drained += chunk.length
    if (drained > DRAIN_LIMIT) request.destroy()
  })
  response.writeHead(413, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  response.end(page)
  request.resume()
  return true
}

// The build's server actions, by id (beside server.js in the standalone folder).
const actionIds = (() => {
  const file = join(dirname(process.argv[1] || '.'), process.env.NEXT_DIST_DIR || '.next', 'server/server-reference-manifest.json')
  if (!existsSync(file)) return undefined
  const manifest = JSON.parse(readFileSync(file, 'utf8'))
  return new Set([...Object.keys(manifest.node || {}), ...Object.keys(manifest.edge || {})])
})()

function checkBody(request, response) {
  const action = request.headers['next-action']
  if (action !== undefined && actionIds && !actionIds.has(String(action))) return refuse(response, 400, 'Bad request: no such action.')
  const length = request.headers['content-length']
  if (length === undefined) {
    if (request.headers['transfer-encoding']) return refuse(response, 411, 'Length required.')
    return false
  }
  if (Number(length) > BODY_LIMIT) return tooLarge(request, response)
  return false
}

// A multipart body Next cannot parse makes it answer 500 (every form sent
// without JavaScript is multipart). The body is watched as Next reads it,
// not read here, and a 500 to a body that is no well-formed multipart
// becomes a 400: a failure of the site's own code stays a 500.
function wellFormedMultipart(contentType, body) {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  const boundary = match?.[1] || match?.[2]
  if (!boundary) return false
  const parts = body.toString('latin1').split(`--${boundary}`)
  if (parts.length < 3 || !parts.at(-1).startsWith('--')) return false
  return parts
    .slice(1, -1)
    .every((part) => part.startsWith('\r\n') && /\r\ncontent-disposition:\s*form-data;\s*name=/i.test(part) && part.includes('\r\n\r\n'))
}

function watchMultipart(request, response) {
  const chunks = []
  let size = 0
  const push = request.push
  request.push = function (chunk, ...rest) {
    if (chunk && size <= BODY_LIMIT) {
      chunks.push(Buffer.from(chunk))
      size += chunk.length
    }
    return push.call(this, chunk, ...rest)
  }
  // Next may write the status explicitly or with its first write or end:
  // whichever comes first decides, and whatever Next writes after is dropped.
  const { writeHead, write, end } = response
  let refused = false
  const refuseIfMalformed = (res, status) => {
    if (refused) return true
    if (status !== 500 || res.headersSent || wellFormedMultipart(String(request.headers['content-type']), Buffer.concat(chunks)))
      return false
    refused = true
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    writeHead.call(res, 400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    end.call(res, 'Bad request: the form data is malformed.\n')
    return true
  }
  response.writeHead = function (status, ...rest) {
    return refuseIfMalformed(this, status) ? this : writeHead.call(this, status, ...rest)
  }
  response.write = function (...args) {
    return refuseIfMalformed(this, this.statusCode) || write.apply(this, args)
  }
  response.end = function (...args) {
    if (!refuseIfMalformed(this, this.statusCode)) return end.apply(this, args)
    const done = args.find((arg) => typeof arg === 'function')
    if (done) done()
    return this
  }
}

const emit = http.Server.prototype.emit

// Reading pages go out without JavaScript (reading-pages.cjs), from memory
// or made so on the way out; in development there are none.
const reading = readingPages(routes.manifest, routes.dir, {
  pass: (server, request, response) => emit.call(server, 'request', request, response),
  notStored: NOT_STORED,
})

http.Server.prototype.emit = function (event, request, response, ...rest) {
  if (event === 'request') {
    if (!ALLOWED.has(request.method)) return refuse(response, 405, 'Method not allowed', { allow: ALLOW })
    if (request.method === 'POST' && crossSite(request)) return refuse(response, 403, 'Forbidden: this form was sent from another site.')
    const target = originForm(request)
    const pathname = target?.split('?', 1)[0]
    if (pathname === undefined || !isDecodable(pathname)) return refuse(response, 400, 'Bad request: the address is not valid.')
    request.url = target
    if (request.method === 'POST' && checkBody(request, response)) return true
    const missing = request.method === 'GET' || request.method === 'HEAD' ? missingPage(pathname) : undefined
    // A client-side navigation (RSC request) gets a bare 404: Next's router
    // then loads the address as a page, which is the localized 404 page.
    if (missing && request.headers.rsc) return refuse(response, 404, 'Not found', { vary: 'rsc' })
    // The rate limits (lib/forms/client.ts, Better Auth) count by this
    // header alone: whatever the client sent in it is replaced.
    request.headers['x-real-ip'] = clientAddress(request)
    if (reading?.serve(this, request, response, pathname, missing)) return true
    if (missing) serveNotFound(request, response, missing)
    if (request.method === 'POST' && /^multipart\/form-data/i.test(String(request.headers['content-type'] || '')))
      watchMultipart(request, response)
  }
  return emit.call(this, event, request, response, ...rest)
}
