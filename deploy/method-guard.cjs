// Preloaded into the server (node -r ./deploy/method-guard.cjs server.js).
// Next builds a fetch Request for the proxy from every request, and fetch
// forbids TRACE and TRACK: Next then answers 500 with a stack trace in its
// log. Answer those methods 405 before Next sees them (nginx does the same).
const http = require('node:http')

const FORBIDDEN = new Set(['TRACE', 'TRACK'])
const emit = http.Server.prototype.emit

http.Server.prototype.emit = function (event, request, response) {
  if (event === 'request' && FORBIDDEN.has(request.method)) {
    response.writeHead(405, { allow: 'GET, HEAD, POST', 'content-type': 'text/plain; charset=utf-8' })
    response.end('Method not allowed\n')
    return true
  }
  return emit.apply(this, arguments)
}
