// Preloaded into the server (node -r ./deploy/request-guard.cjs server.js).
// Answers, before Next sees them, the requests Next would turn into a 500
// with a stack trace in its log, or into a redirect to another site.
// nginx in front answers most of them itself (deploy/nginx.conf).
const http = require('node:http')

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

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function (event, request, response, ...rest) {
  if (event === 'request') {
    if (!ALLOWED.has(request.method)) return refuse(response, 405, 'Method not allowed', { allow: ALLOW })
    if (request.method === 'POST' && crossSite(request)) return refuse(response, 403, 'Forbidden: this form was sent from another site.')
    const target = originForm(request)
    if (target === undefined) return refuse(response, 400, 'Bad request: the address is not valid.')
    request.url = target
    // The form rate limits (lib/forms/client.ts) count by address: behind
    // no trusted proxy, the address is the socket's, whatever the client says.
    if (process.env.TRUST_PROXY !== '1') request.headers['x-real-ip'] = request.socket.remoteAddress || ''
  }
  return emit.call(this, event, request, response, ...rest)
}
