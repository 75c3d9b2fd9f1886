// Preloaded into the server (node -r ./deploy/request-guard.cjs server.js).
// Answers, before Next sees them, the requests Next would turn into a 500
// with a stack trace in its log, or into a redirect to another site.
// nginx in front answers most of them itself (deploy/nginx.conf). It also
// answers unknown pages under a language with the localized 404 page.
const { readFileSync } = require('node:fs')
const http = require('node:http')
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
    const missing = request.method === 'GET' || request.method === 'HEAD' ? missingPage(pathname) : undefined
    // A client-side navigation (RSC request) gets a bare 404: Next's router
    // then loads the address as a page, which is the localized 404 page.
    if (missing && request.headers.rsc) return refuse(response, 404, 'Not found', { vary: 'rsc' })
    if (reading?.serve(this, request, response, pathname, missing)) return true
    if (missing) serveNotFound(request, response, missing)
    // The form rate limits (lib/forms/client.ts) count by address: behind
    // no trusted proxy, the address is the socket's, whatever the client says.
    if (process.env.TRUST_PROXY !== '1') request.headers['x-real-ip'] = request.socket.remoteAddress || ''
  }
  return emit.call(this, event, request, response, ...rest)
}
