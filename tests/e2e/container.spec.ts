// The container image, without a Docker engine: the `run` stage assembled
// from the Dockerfile's own COPY --from=build lines (out of `npm run build`
// and `npm run build:bundles`, what its build stage runs), started with its
// CMD and ENV as an unprivileged user, and administered through the `ispcp`
// command with node alone on the PATH: no tsx, no npm, no node_modules/.bin.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, posix, relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { freePort } from '../../scripts/serve-build'
import { type Copy, parseDockerfile, type Stage } from '../support/dockerfile'

const root = join(import.meta.dirname, '../..')

test.describe.configure({ mode: 'serial', timeout: 300_000 })

const DOCKERFILE = join(root, 'Dockerfile')
// The image's user is `node` (uid 1000); here any unprivileged one will do.
const USER = {
  uid: Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })),
  gid: Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })),
}
const ADMIN = { email: 'first-admin@example.org', password: 'a long enough password' }

function stages(buildArgs: Record<string, string> = {}) {
  const all = parseDockerfile(DOCKERFILE, buildArgs)
  const run = all.find((s) => s.name === 'run')
  if (!run?.cmd) throw new Error('Dockerfile: no `FROM … AS run` stage with a CMD')
  return { all, run }
}

// COPY --from=<stage> <src>… <dest>: the sources are that stage's files,
// which are this checkout's after its RUN lines (the stage's WORKDIR is the
// checkout); an absolute dest is under the image's root, a relative one under
// the run stage's WORKDIR. --chown goes to the test's user, as to `node`.
function copyInto(image: string, copy: Copy, all: Stage[], run: Stage) {
  const unknown = Object.keys(copy.flags).filter((flag) => flag !== 'from' && flag !== 'chown')
  if (unknown.length) throw new Error(`Dockerfile COPY flags the test does not reproduce: ${unknown.join(', ')}`)
  const from = all.find((s) => s.name === copy.flags.from)
  if (!from) throw new Error(`Dockerfile: COPY from the build context (${copy.sources.join(' ')}); the test copies only --from=<stage>`)
  const dest = join(image, posix.resolve(run.workdir, copy.dest))
  for (const source of copy.sources) {
    const path = relative(from.workdir, posix.resolve(from.workdir, source))
    if (path.startsWith('..') || isAbsolute(path))
      throw new Error(`Dockerfile: COPY of ${source}, outside the ${from.name} stage's ${from.workdir}`)
    const src = join(root, path)
    if (!existsSync(src)) throw new Error(`${source} is missing from the build: run npm run build`)
    // As Docker: a folder's contents go to the destination; a file goes into it when there are
    // several sources or it ends in /.
    const intoFolder = !statSync(src).isDirectory() && (copy.sources.length > 1 || copy.dest.endsWith('/'))
    const target = intoFolder ? join(dest, basename(src)) : dest
    const existed = existsSync(target)
    mkdirSync(dirname(target), { recursive: true })
    cpSync(src, target, { recursive: true })
    if (copy.flags.chown) {
      // Into an existing folder (the WORKDIR), what was copied; else the copy itself.
      const owned = existed && statSync(src).isDirectory() ? readdirSync(src).map((name) => join(target, name)) : [target]
      for (const path of owned) execFileSync('chown', ['-R', `${USER.uid}:${USER.gid}`, path])
    }
  }
}

interface Assembled {
  image: string
  app: string
  dataDir: string
  env: NodeJS.ProcessEnv
}

function assemble(): Assembled {
  const { all, run } = stages()
  const image = mkdtempSync(join(tmpdir(), 'ispcp-image-'))
  chmodSync(image, 0o755)
  mkdirSync(join(image, run.workdir), { recursive: true })
  for (const copy of run.copies) copyInto(image, copy, all, run)
  // RUN mkdir -p /data && chown node:node /data: a data folder of the user's.
  const dataDir = join(image, 'data')
  mkdirSync(dataDir)
  chownSync(dataDir, USER.uid, USER.gid)
  // node alone, where the image has it (/usr/local/bin); the launcher is there too.
  const bin = join(image, 'usr/local/bin')
  mkdirSync(bin, { recursive: true })
  symlinkSync(process.execPath, join(bin, 'node'))
  return {
    image,
    app: join(image, run.workdir),
    dataDir,
    // The image's ENV alone: nothing of this process's (no DATABASE_URL, no
    // loaders). Its NODE_ENV is the Dockerfile's, which Next's types cannot see.
    env: {
      ...run.env,
      PATH: bin,
      DATA_DIR: dataDir,
      HOSTNAME: '127.0.0.1',
      // The launcher's default is the image's /app; here the assembled folder.
      ISPCP_APP: join(image, run.workdir),
    } as unknown as NodeJS.ProcessEnv,
  }
}

// As the image's user: setpriv drops root before anything of the site runs.
const asUser = ['--reuid', String(USER.uid), '--regid', String(USER.gid), '--clear-groups', '--']

// docker exec [-i] <container> ispcp …
function ispcp(box: Assembled, args: string[], input = '') {
  const result = spawnSync('/usr/bin/setpriv', [...asUser, 'ispcp', ...args], { cwd: box.app, env: box.env, input, encoding: 'utf8' })
  return { ...result, out: `${result.stdout}${result.stderr}` }
}

// The status of a GET on a connection of its own. ispcp() blocks this
// process's event loop for seconds, long enough for the server to close an
// idle keep-alive connection unnoticed; fetch would reuse it ("other side closed").
function statusOf(url: string) {
  return new Promise<number>((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    }).on('error', reject)
  })
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

// What a failed run may leave: the server's process group, and its
// PostgreSQL (a process group of its own), both started by this test.
function killLeftovers(server: ChildProcess | undefined, dataDir: string) {
  if (server?.pid && running(server)) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {}
  }
  try {
    const pid = Number(readFileSync(join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0])
    if (pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir)) process.kill(pid, 'SIGKILL')
  } catch {}
}

test('the build stage gets SITE_URL from a build argument, and so does the server', () => {
  const { all, run } = stages({ SITE_URL: 'https://www.example.org' })
  const build = all.find((s) => s.name === 'build')!
  const site = build.runs.find((r) => /\bnpm run build\b/.test(r.command))
  expect(site, 'the build stage runs npm run build').toBeDefined()
  expect(site!.env.SITE_URL).toBe('https://www.example.org')
  expect(build.runs.some((r) => /\bnpm run build:bundles\b/.test(r.command))).toBe(true)
  expect(run.env.SITE_URL).toBe('https://www.example.org')
  // Not given: empty, which lib/site-url.ts takes for its default.
  expect(stages().run.env.SITE_URL).toBe('')
})

test('the assembled image serves the site and administers itself, server running or not', async () => {
  execFileSync('npm', ['run', '--silent', 'build:bundles'], { cwd: root, stdio: 'inherit' })
  const box = assemble()
  let server: ChildProcess | undefined
  let output = ''
  try {
    // Nothing that builds is in the image, and nothing on its PATH but node and ispcp.
    expect(existsSync(join(box.app, 'node_modules/.bin'))).toBe(false)
    expect(existsSync(join(box.app, 'node_modules/tsx'))).toBe(false)
    expect(readdirSync(join(box.image, 'usr/local/bin')).sort()).toEqual(['ispcp', 'node'])
    expect(ispcp(box, ['help']).out).toContain('staff:add')

    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const { run } = stages()
    const child = spawn('/usr/bin/setpriv', [...asUser, ...run.cmd!], {
      cwd: box.app,
      env: { ...box.env, PORT: String(port) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    server = child
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => (output = (output + chunk).slice(-20_000)))
    const exited = new Promise((resolve) => child.once('exit', resolve))
    await expect
      .poll(
        async () => {
          if (!running(child)) throw new Error(`the image's CMD exited (${child.exitCode ?? child.signalCode}):\n${output}`)
          return fetch(`${url}/en`).then(
            (r) => r.status,
            () => 0,
          )
        },
        { timeout: 90_000, intervals: [500] },
      )
      .toBe(200)
    // A page that needs the database: it answers 503 while the database does not.
    expect(await statusOf(`${url}/en/membership/apply`)).toBe(200)

    // While the server runs: the first admin, then every command.
    const add = ispcp(box, ['staff:add', '--email', ADMIN.email, '--role', 'admin'], `${ADMIN.password}\n`)
    expect(add.out).toContain(`Created ${ADMIN.email} (admin).`)
    expect(add.status).toBe(0)
    expect(ispcp(box, ['staff:list']).stdout).toMatch(new RegExp(`^${ADMIN.email}\\tadmin\\t`, 'm'))
    const migrate = ispcp(box, ['db:migrate'])
    expect(migrate.out).toContain('Database schema is up to date.')

    const backup = ispcp(box, ['db:backup'])
    expect(backup.status, backup.out).toBe(0)
    const file = backup.stdout.match(/^Backup written to (\S+) \(\d+ rows\)\.$/m)?.[1]
    expect(file && dirname(file)).toBe(join(box.dataDir, 'backups'))
    expect(statSync(file!).mode & 0o777).toBe(0o600)
    expect(statSync(file!).uid).toBe(USER.uid)
    expect(statSync(dirname(file!)).mode & 0o777).toBe(0o700)

    const remove = ispcp(box, ['staff:remove', '--email', ADMIN.email])
    expect(remove.out).toContain(`Removed ${ADMIN.email}.`)
    expect(ispcp(box, ['staff:list']).stdout).not.toContain(ADMIN.email)
    const restore = ispcp(box, ['db:restore', file!])
    expect(restore.out).toContain(`Restored ${file}`)
    expect(ispcp(box, ['staff:list']).stdout).toContain(ADMIN.email)
    // The server still answers from its database.
    expect(await statusOf(`${url}/en/membership/apply`)).toBe(200)

    // docker stop: SIGTERM; the server stops, then its PostgreSQL.
    process.kill(-child.pid!, 'SIGTERM')
    await exited
    expect(existsSync(join(box.dataDir, 'postgres/postmaster.pid'))).toBe(false)

    // With no server: the command starts the database, and stops it after.
    const list = ispcp(box, ['staff:list'])
    expect(list.stdout, list.out).toMatch(new RegExp(`^${ADMIN.email}\\tadmin\\t`, 'm'))
    const removeOffline = ispcp(box, ['staff:remove', '--email', ADMIN.email])
    expect(removeOffline.out).toContain(`Removed ${ADMIN.email}.`)
    expect(existsSync(join(box.dataDir, 'postgres/postmaster.pid'))).toBe(false)
  } catch (error) {
    console.error(`[container] server output:\n${output}`)
    throw error
  } finally {
    killLeftovers(server, box.dataDir)
    rmSync(box.image, { recursive: true, force: true })
  }
})
