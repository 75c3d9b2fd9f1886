// Whether the database answers at all, asked by the proxy before a form page
// or the desk is served: a TCP (or Unix socket) connection to the server in
// DATABASE_URL, no driver and no query, so the proxy stays small and public
// pages never wait for it. The answer is kept for a few seconds: under load
// one probe serves many requests, and a recovered database is noticed soon.
import { connect } from 'node:net'

const REMEMBER_MS = 3_000
const PROBE_TIMEOUT_MS = 1_000

type Address = { host: string; port: number } | { path: string }

// postgres://user:pass@host:port/db, or ?host=/run/postgresql for a socket.
function databaseAddress(url: string | undefined): Address | undefined {
  if (!url) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const port = Number(parsed.port || 5432)
  const socketDir = parsed.searchParams.get('host')
  if (socketDir?.startsWith('/')) return { path: `${socketDir}/.s.PGSQL.${port}` }
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  return host ? { host, port } : undefined
}

function probe(address: Address): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(address)
    const done = (problem?: string) => {
      socket.destroy()
      resolve(problem)
    }
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(`no answer within ${PROBE_TIMEOUT_MS} ms`))
    socket.once('connect', () => done())
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message))
  })
}

let remembered: { at: number; url: string | undefined; problem: string | undefined } | undefined

// undefined when the database can be reached; otherwise why not, for the log.
export async function databaseProblem(url = process.env.DATABASE_URL, now = Date.now()): Promise<string | undefined> {
  if (remembered && remembered.url === url && now - remembered.at < REMEMBER_MS) return remembered.problem
  const address = databaseAddress(url)
  const problem = address ? await probe(address) : 'DATABASE_URL is not set or not a postgres:// address'
  // One log line when the state changes, not one per request.
  if (problem !== remembered?.problem) {
    const where = address ? ('path' in address ? address.path : `${address.host}:${address.port}`) : 'DATABASE_URL'
    if (problem) console.error(`[db] unreachable at ${where} (${problem}): forms and the staff desk answer 503`)
    else if (remembered) console.error(`[db] reachable again at ${where}`)
  }
  remembered = { at: now, url, problem }
  return problem
}

// Set by the proxy on a form page's request when the probe failed, so the
// page can say why sending will not work (the proxy removes any sent in).
export const DATABASE_STATE_HEADER = 'x-ispcp-database'
