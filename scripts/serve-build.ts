// Starts the production build on 127.0.0.1 for whatever measures it (the
// browser tests, Lighthouse, the bench) and stops it with its workers.
// It runs as `npm run serve` does (scripts/serve.ts): with DATABASE_URL
// unset, an embedded PostgreSQL in a DATA_DIR of its own (temporary unless
// given), removed again on stop.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RunningServer {
  url: string
  pid: number
  // The server's stdout and stderr so far (the last 20 kB).
  output(): string
  /** The embedded database's folder ('' with an external DATABASE_URL). */
  dataDir: string
  /** SIGTERM: the web server stops, then the database. */
  stop(): Promise<void>
  /** kill -9 of the server and of the embedded PostgreSQL: a crash. The DATA_DIR is kept. */
  crash(): Promise<void>
}

const STARTUP_TIMEOUT_MS = 60_000

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

// The whole process group, in case the server starts workers.
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
      resolve()
    }, 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

// The embedded PostgreSQL runs in its own process group: kill it by the
// process id PostgreSQL wrote into its data folder.
async function killPostgres(dataDir: string): Promise<void> {
  let pid: number
  try {
    pid = Number(readFileSync(join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0])
    // A file left by a crash may name a process id reused since.
    if (!pid || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir)) return
    process.kill(pid, 'SIGKILL')
  } catch {
    return
  }
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 50))
}

export async function serveBuild(
  options: { root?: string; port?: number; log?: boolean; dataDir?: string; keepDataDir?: boolean; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const root = options.root ?? process.cwd()
  const serverJs = `${options.env?.NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? '.next'}/standalone/server.js` // the fixture build lives elsewhere
  if (!existsSync(join(root, serverJs))) {
    throw new Error(`No production build (${serverJs} is missing): run npm run build first`)
  }
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const external = options.env?.DATABASE_URL ?? process.env.DATABASE_URL
  const dataDir = external ? '' : (options.dataDir ?? mkdtempSync(join(tmpdir(), 'ispcp-data-')))
  const removeDataDir = () => {
    if (dataDir && !options.dataDir && !options.keepDataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  // scripts/serve.ts: database, migrations, then the standalone server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      HOSTNAME: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ...options.env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
    if (options.log) process.stderr.write(chunk)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  let exited: string | undefined
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`))
  // Never leave a server behind, even when the caller crashes.
  const onExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {}
    if (dataDir) void killPostgres(dataDir)
  }
  process.once('exit', onExit)

  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  for (;;) {
    if (exited) throw new Error(`the server ${exited} before answering on ${url}:\n${output}`)
    try {
      const res = await fetch(`${url}/en`, { redirect: 'manual', signal: AbortSignal.timeout(5_000) })
      await res.arrayBuffer()
      break // any HTTP answer means it is up; callers judge the status
    } catch {}
    if (Date.now() > deadline) {
      await stopGroup(child)
      if (dataDir) await killPostgres(dataDir)
      throw new Error(`the server did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    dataDir,
    stop: async () => {
      process.off('exit', onExit)
      await stopGroup(child)
      if (dataDir) await killPostgres(dataDir) // only if the orderly stop did not finish
      removeDataDir()
    },
    crash: async () => {
      process.off('exit', onExit)
      const exited = new Promise((r) => child.once('exit', r))
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
      await killPostgres(dataDir)
      await exited
    },
  }
}

// As a command (Playwright's webServer): serves on PORT until SIGTERM/SIGINT.
// The server runs in its own process group, so stop it explicitly.
if (process.argv[1] && import.meta.filename === realpathSync(process.argv[1])) {
  const server = await serveBuild({ port: Number(process.env.PORT) || undefined, log: Boolean(process.env.E2E_SERVER_LOG) })
  console.log(`serving ${process.env.NEXT_DIST_DIR ?? '.next'} on ${server.url}`)
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void server.stop().then(() => process.exit(0)))
}
