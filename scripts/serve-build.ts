// Starts the production build on 127.0.0.1 for whatever measures it (the
// browser tests, Lighthouse, the bench) and stops it with its workers.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

export interface RunningServer {
  url: string
  pid: number
  // The server's stdout and stderr so far (the last 20 kB).
  output(): string
  stop(): Promise<void>
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

export async function serveBuild(options: { root?: string; port?: number; log?: boolean } = {}): Promise<RunningServer> {
  const root = options.root ?? process.cwd()
  const serverJs = `${process.env.NEXT_DIST_DIR ?? '.next'}/standalone/server.js` // the fixture build lives elsewhere
  if (!existsSync(join(root, serverJs))) {
    throw new Error(`No production build (${serverJs} is missing): run npm run build first`)
  }
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  // The standalone server: the same one the Dockerfile ships.
  const child = spawn(process.execPath, ['-r', './deploy/request-guard.cjs', serverJs], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', HOSTNAME: '127.0.0.1', PORT: String(port) },
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
      throw new Error(`the server did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      process.off('exit', onExit)
      await stopGroup(child)
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
