// Vitest globalSetup: starts the production server of the already-built app
// once for all e2e files and hands its address to them (inject('baseUrl')).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const root = resolve(import.meta.dirname, '../..')
const STARTUP_TIMEOUT_MS = 60_000

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', rej)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => (port ? res(port) : rej(new Error('could not find a free port'))))
    })
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  return new Promise((res) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
      res()
    }, 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      res()
    })
    try {
      // The whole process group: `next start` may spawn workers.
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      clearTimeout(timer)
      res()
    }
  })
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_BASE_URL) {
    // Run against a server started elsewhere.
    project.provide('baseUrl', process.env.E2E_BASE_URL.replace(/\/$/, ''))
    return
  }
  if (!existsSync(resolve(root, '.next/BUILD_ID'))) {
    throw new Error('No production build in .next (.next/BUILD_ID is missing): run npm run build first')
  }
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      detached: true, // own process group, so teardown can kill all of it
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  let exited: string | undefined
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`))
  const onExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {}
  }
  process.once('exit', onExit)

  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  for (;;) {
    if (exited) throw new Error(`next start ${exited} before answering on ${baseUrl}:\n${output}`)
    try {
      const res = await fetch(`${baseUrl}/en`, { redirect: 'manual', signal: AbortSignal.timeout(5_000) })
      await res.arrayBuffer()
      if (res.status < 500) break
    } catch {}
    if (Date.now() > deadline) {
      await stop(child)
      throw new Error(`next start did not answer on ${baseUrl} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }

  project.provide('baseUrl', baseUrl)
  return async () => {
    process.off('exit', onExit)
    await stop(child)
  }
}
