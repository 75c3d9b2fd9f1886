// Preloaded into the server (node -r ./deploy/method-guard.cjs server.js).
// Answers two kinds of request before Next sees them:
// - TRACE and TRACK: Next builds a fetch Request for the proxy from every
//   request, and fetch forbids them: Next would answer 500 with a stack
//   trace in its log. 405 instead (nginx does the same).
// - A POST (form, server action, sign-in) sent from another site: refused
//   with 403. Next refuses cross-origin server actions too, but with a 500.
const http = require('node:http')

const FORBIDDEN = new Set(['TRACE', 'TRACK'])
const emit = http.Server.prototype.emit

function refuse(response, status, text, headers = {}) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers })
  response.end(text)
  return true
}

function crossSite(request) {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true
  const origin = request.headers.origin
  if (!origin) return false // not a browser form: no cookie-riding to stop
  const host = String(request.headers['x-forwarded-host'] || request.headers.host || '').split(',')[0].trim()
  try {
    return origin === 'null' || new URL(origin).host !== host
  } catch {
    return true
  }
}

http.Server.prototype.emit = function (event, request, response) {
  if (event === 'request') {
    if (FORBIDDEN.has(request.method)) return refuse(response, 405, 'Method not allowed\n', { allow: 'GET, HEAD, POST' })
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && crossSite(request)) {
      return refuse(response, 403, 'Forbidden: this form was sent from another site.\n')
    }
  }
  return emit.apply(this, arguments)
}
