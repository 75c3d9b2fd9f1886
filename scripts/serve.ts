// `npm run serve` (and `npm start`, `npm run dev` with --dev): a database
// first, then the web server. With DATABASE_URL unset it starts the embedded
// PostgreSQL of DATA_DIR (default ./data); with DATABASE_URL it uses that and
// starts nothing. Migrations run, then the standalone server (or `next dev`)
// starts with DATABASE_URL set. A signal stops the web server first and the
// database after it.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { dataDir, DataDirInUseError, startEmbedded, type EmbeddedDatabase } from '../lib/db/embedded'
import { runMigrations } from '../lib/db/migrate'
import { locales } from '../lib/i18n/config'
import { getPathname } from '../lib/i18n/navigation'
import { redactConsole } from '../lib/log-redaction'
import { startAlertWorker } from '../lib/alerts/worker'
import { loadContent } from '../lib/content'
import { startMailWorker } from '../lib/mail/worker'
import { siteUrl } from '../lib/site-url'
import { startPageRefresher } from '../lib/page-refresh'
import { holdDataDir, serverHoldingDataDir } from '../lib/db/server-lock'

// The mail worker runs in this process: its SMTP errors can quote recipients.
redactConsole()

const dev = process.argv.includes('--dev')
const port = process.env.PORT || '3000'
const hostname = process.env.HOSTNAME || '127.0.0.1'
const log = (line: string) => console.log(`[serve] ${line}`)

function fail(message: string): never {
  console.error(`[serve] ${message}`)
  process.exit(1)
}

async function database(): Promise<{ db: EmbeddedDatabase; release: () => void }> {
  if (process.env.DATABASE_URL) {
    log('using the external database in DATABASE_URL')
    return { db: { url: process.env.DATABASE_URL, pid: 0, started: false, stop: async () => {} }, release: () => {} }
  }
  const dir = dataDir()
  mkdirSync(dir, { recursive: true })
  const other = serverHoldingDataDir(dir)
  if (other)
    fail(
      `another server (process ${other}) is using the embedded database in ${dir}. Stop it first, or set DATA_DIR or DATABASE_URL for this one.`,
    )
  const release = holdDataDir(dir)
  const started = Date.now()
  try {
    // A database still running here belongs to no server (its server died,
    // or a command started it): this server takes it over.
    const db = await startEmbedded({
      dir,
      reuse: true,
      onLog: process.env.DB_LOG ? (line) => console.log(`[postgres] ${line}`) : undefined,
    })
    log(`embedded PostgreSQL ${db.started ? 'started' : 'taken over'} in ${Date.now() - started} ms (data in ${dir})`)
    return {
      db: { ...db, stop: () => (db.started ? db.stop() : import('../lib/db/embedded').then((m) => m.stopPostmaster(db.pid))) },
      release,
    }
  } catch (error) {
    release()
    if (error instanceof DataDirInUseError) fail(error.message)
    throw error
  }
}

// The build's own list (scripts/standalone-assets.ts puts it beside server.js).
function livePaths(serverJs: string): string[] {
  const file = join(dirname(serverJs), 'route-manifest.json')
  if (!existsSync(file)) return []
  const live: unknown = JSON.parse(readFileSync(file, 'utf8')).live
  return Array.isArray(live) ? live.filter((path): path is string => typeof path === 'string') : []
}

async function main() {
  // In the repository the build's standalone folder; in the container image
  // (which is that folder) server.js beside this script.
  const standalone = [`${process.env.NEXT_DIST_DIR ?? '.next'}/standalone/server.js`, 'server.js'].find((file) => existsSync(file))
  if (!dev && !standalone) fail('no production build (.next/standalone/server.js is missing): run npm run build first')
  const { db, release } = await database()
  let stopping: Promise<void> | undefined
  const stopDatabase = () => (stopping ??= db.stop().finally(release))
  try {
    const migrated = Date.now()
    await runMigrations(db.url)
    log(`migrations applied in ${Date.now() - migrated} ms`)
  } catch (error) {
    await stopDatabase()
    throw error
  }

  const env = { ...process.env, DATABASE_URL: db.url, PORT: port, HOSTNAME: hostname, NEXT_TELEMETRY_DISABLED: '1' }
  const next = dev
    ? spawn(
        process.execPath,
        [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'dev', '--hostname', hostname, '--port', port],
        // The request guard stands in front of Next in development too: it
        // serves the 404 page, which no route of Next's can do.
        {
          env: {
            ...env,
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${resolve('deploy/request-guard.cjs')}`.trim(),
            ROUTE_MANIFEST: resolve('lib/generated/route-manifest.json'),
          },
          stdio: 'inherit',
        },
      )
    : spawn(process.execPath, ['-r', './deploy/request-guard.cjs', standalone!], {
        env: { ...env, NODE_ENV: 'production' },
        stdio: 'inherit',
      })

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (next.exitCode === null && next.signalCode === null) next.kill(signal)
    })
  }
  const stopMail = startMailWorker(db.url)
  // The content the build was made from: what has a call or a consultation, and when it opens.
  const stopAlerts = startAlertWorker(db.url, loadContent(process.env.CONTENT_DIR ?? 'content'), siteUrl)
  // The dev server renders every request afresh: nothing to keep fresh.
  const local = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
  const stopRefresh = dev
    ? () => {}
    : startPageRefresher(
        `http://${local.includes(':') ? `[${local}]` : local}:${port}`,
        locales.flatMap((locale) => livePaths(standalone!).map((href) => getPathname({ locale, href }))),
      )
  next.once('exit', async (code, signal) => {
    stopRefresh()
    await Promise.all([stopMail(), stopAlerts()])
    await stopDatabase()
    process.exit(code ?? (signal ? 0 : 1))
  })
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)))
