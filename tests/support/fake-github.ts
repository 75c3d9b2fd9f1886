// A local stand-in for the GitHub REST API (node:http) over a bare git
// repository, implementing exactly the endpoints the GitHub store uses, with
// GitHub's answers for the cases it handles (404, 409, 422). Every request is
// recorded, so tests can check the order of calls.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GIT_IDENTITY } from './content-repo'

export interface Pull {
  number: number
  title: string
  body: string
  head: string
  base: string
  state: 'open' | 'closed'
  merged: boolean
}

export interface FakeGitHub {
  url: string
  calls: string[]
  pulls: Pull[]
  // Authorization headers seen (the token must reach the API, nothing else).
  authorizations: Set<string>
  // Runs once before the next request matching `route` (e.g. "PATCH /git/refs") is answered.
  before(route: string, action: () => void): void
  // Answers the next request matching `route` with this status instead.
  failNext(route: string, status: number, message: string): void
  checkRuns: Record<string, { status: string; conclusion: string | null }[]>
  close(): Promise<void>
}

export async function startFakeGitHub(bare: string, owner: string, repo: string): Promise<FakeGitHub> {
  const git = (args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) =>
    execFileSync('git', args, {
      cwd: bare,
      input: options.input,
      env: { ...process.env, ...GIT_IDENTITY, ...options.env },
      maxBuffer: 64 << 20,
    })
  const text = (args: string[], options?: Parameters<typeof git>[1]) => git(args, options).toString('utf8').trim()
  const tryText = (args: string[]) => {
    try {
      return text(args)
    } catch {
      return undefined
    }
  }
  const calls: string[] = []
  const pulls: Pull[] = []
  const hooks: { route: string; action: () => void }[] = []
  const failures: { route: string; status: number; message: string }[] = []
  const authorizations = new Set<string>()
  const checkRuns: FakeGitHub['checkRuns'] = {}
  const prefix = `/repos/${owner}/${repo}`
  const pullJson = (p: Pull) => ({
    number: p.number,
    title: p.title,
    body: p.body,
    state: p.state,
    merged_at: p.merged ? '2026-01-01T00:00:00Z' : null,
    html_url: `https://github.example/${owner}/${repo}/pull/${p.number}`,
    head: { ref: p.head, sha: tryText(['rev-parse', `refs/heads/${p.head}`]) ?? '' },
    base: { ref: p.base },
  })

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url!, 'http://localhost')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}
    if (req.headers.authorization) authorizations.add(req.headers.authorization)
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(data))
    }
    const fail = (status: number, message: string) => send(status, { message, documentation_url: 'https://docs.github.com/rest' })
    const pathname = decodeURIComponent(url.pathname)
    if (!pathname.startsWith(prefix)) return fail(404, 'Not Found')
    const path = pathname.slice(prefix.length)
    const route = `${req.method} ${path}`
    calls.push(route)
    const hook = hooks.findIndex((h) => route.startsWith(h.route))
    if (hook !== -1) hooks.splice(hook, 1)[0]!.action()
    const failure = failures.findIndex((f) => route.startsWith(f.route))
    if (failure !== -1) {
      const f = failures.splice(failure, 1)[0]!
      return fail(f.status, f.message)
    }
    let m: string[] = []
    // The route's pattern, its captures left in `m`.
    const at = (method: string, pattern: RegExp) => {
      const found = req.method === method ? pattern.exec(path) : null
      m = found ? [...found] : []
      return found !== null
    }
    if (at('GET', /^\/git\/ref\/heads\/(.+)$/)) {
      const sha = tryText(['rev-parse', '--verify', '--quiet', `refs/heads/${m[1]!}`])
      return sha ? send(200, { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } }) : fail(404, 'Not Found')
    }
    if (at('GET', /^\/contents\/(.+)$/)) {
      const ref = url.searchParams.get('ref') ?? 'main'
      const spec = `${ref}:${m[1]!}`
      const sha = tryText(['rev-parse', '--verify', '--quiet', spec])
      if (!sha || text(['cat-file', '-t', sha]) !== 'blob') return fail(404, 'Not Found')
      return send(200, { type: 'file', sha, encoding: 'base64', content: git(['cat-file', 'blob', sha]).toString('base64') })
    }
    if (at('GET', /^\/git\/trees\/([0-9a-f]{40})$/)) {
      const lines = text(['ls-tree', '-r', m[1]!]).split('\n').filter(Boolean)
      return send(200, {
        sha: m[1],
        truncated: false,
        tree: lines.map((l) => {
          const [meta, name] = l.split('\t') as [string, string]
          const [mode, type, sha] = meta.split(' ')
          return { path: name, mode, type, sha }
        }),
      })
    }
    if (at('GET', /^\/tarball\/(.+)$/)) {
      const sha = text(['rev-parse', m[1]!])
      const archive = git(['archive', '--format=tar.gz', `--prefix=${owner}-${repo}-${sha.slice(0, 7)}/`, sha])
      res.writeHead(200, { 'content-type': 'application/x-gzip' })
      return res.end(archive)
    }
    if (at('GET', /^\/git\/commits\/([0-9a-f]{40})$/)) {
      const tree = tryText(['rev-parse', `${m[1]}^{tree}`])
      if (!tree) return fail(404, 'Not Found')
      const parents = text(['rev-list', '--parents', '-n', '1', m[1]!]).split(' ').slice(1)
      return send(200, { sha: m[1], tree: { sha: tree }, parents: parents.map((sha) => ({ sha })) })
    }
    if (req.method === 'POST' && path === '/git/blobs') {
      if (!tryText(['rev-parse', '--verify', '--quiet', 'HEAD'])) return fail(409, 'Git Repository is empty.')
      const content = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8')
      return send(201, { sha: text(['hash-object', '-w', '--stdin'], { input: content }) })
    }
    if (req.method === 'POST' && path === '/git/trees') {
      const dir = mkdtempSync(join(tmpdir(), 'fake-github-index-'))
      try {
        const env = { GIT_INDEX_FILE: join(dir, 'index') }
        if (body.base_tree && tryText(['cat-file', '-e', body.base_tree]) === undefined) return fail(422, 'Invalid tree info')
        git(['read-tree', body.base_tree], { env })
        for (const entry of body.tree) git(['update-index', '--add', '--cacheinfo', `${entry.mode},${entry.sha},${entry.path}`], { env })
        return send(201, { sha: text(['write-tree'], { env }) })
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
    if (req.method === 'POST' && path === '/git/commits') {
      const args = ['commit-tree', body.tree, ...body.parents.flatMap((p: string) => ['-p', p]), '-F', '-']
      const env: Record<string, string> = body.author ? { GIT_AUTHOR_NAME: body.author.name, GIT_AUTHOR_EMAIL: body.author.email } : {}
      return send(201, { sha: text(args, { input: body.message, env }) })
    }
    if (req.method === 'POST' && path === '/git/refs') {
      if (tryText(['rev-parse', '--verify', '--quiet', body.ref])) return fail(422, 'Reference already exists')
      git(['update-ref', body.ref, body.sha])
      return send(201, { ref: body.ref, object: { sha: body.sha, type: 'commit' } })
    }
    if (at('PATCH', /^\/git\/refs\/heads\/(.+)$/)) {
      const ref = `refs/heads/${m[1]!}`
      const current = tryText(['rev-parse', '--verify', '--quiet', ref])
      if (!current) return fail(422, 'Reference does not exist')
      const fastForward = tryText(['merge-base', '--is-ancestor', current, body.sha]) !== undefined
      if (!body.force && !fastForward) return fail(422, 'Update is not a fast forward')
      git(['update-ref', ref, body.sha])
      return send(200, { ref, object: { sha: body.sha, type: 'commit' } })
    }
    if (req.method === 'GET' && path === '/pulls') {
      const state = url.searchParams.get('state') ?? 'open'
      const head = url.searchParams.get('head')
      const base = url.searchParams.get('base')
      return send(
        200,
        pulls
          .filter((p) => state === 'all' || p.state === state)
          .filter((p) => !head || `${owner}:${p.head}` === head)
          .filter((p) => !base || p.base === base)
          .map(pullJson),
      )
    }
    if (req.method === 'POST' && path === '/pulls') {
      if (!tryText(['rev-parse', '--verify', '--quiet', `refs/heads/${body.head}`])) return fail(422, 'Validation Failed: head')
      if (pulls.some((p) => p.head === body.head && p.state === 'open'))
        return fail(422, `A pull request already exists for ${owner}:${body.head}.`)
      const pull: Pull = {
        number: pulls.length + 1,
        title: body.title,
        body: body.body,
        head: body.head,
        base: body.base,
        state: 'open',
        merged: false,
      }
      pulls.push(pull)
      return send(201, pullJson(pull))
    }
    if (at('GET', /^\/pulls\/(\d+)\/files$/)) {
      const pull = pulls.find((p) => p.number === Number(m![1]))
      if (!pull) return fail(404, 'Not Found')
      const from = text(['merge-base', pull.base, pull.head])
      const names = text(['diff', '--name-only', from, pull.head]).split('\n').filter(Boolean)
      return send(
        200,
        names.map((filename) => ({ filename, patch: text(['diff', from, pull.head, '--', filename]) })),
      )
    }
    if (at('GET', /^\/commits\/([^/]+)\/check-runs$/)) {
      const runs = checkRuns[m[1]!] ?? []
      return send(200, { total_count: runs.length, check_runs: runs.map((r, i) => ({ id: i + 1, name: `check ${i + 1}`, ...r })) })
    }
    return fail(404, `Not Found (the fake does not implement ${route})`)
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error: Error) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: error.message }))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${address.port}`,
    calls,
    pulls,
    authorizations,
    checkRuns,
    before: (route, action) => hooks.push({ route, action }),
    failNext: (route, status, message) => failures.push({ route, status, message }),
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
