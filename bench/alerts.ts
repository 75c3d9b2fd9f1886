// Alerts to 10,000 subscribers (npm run bench, BENCH_PARTS=alerts): how
// long two instances take to queue one alert for every subscriber, how many
// messages that makes (one each: duplicates are counted), and the pace at
// which two instances send them together at ALERT_RATE (BENCH_ALERT_RATE,
// default 100 a second so the run stays short; the site's default is 5).
// Messages go to a transport that counts them, not to a mail server.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import { queueAlert } from '../lib/alerts/scheduler'
import { deliverPacedMail } from '../lib/alerts/sender'
import { loadContent } from '../lib/content'
import { createPool } from '../lib/db/client'
import { startEmbedded } from '../lib/db/embedded'
import { runMigrations } from '../lib/db/migrate'
import { recordAlert } from '../lib/db/queries/alerts'
import * as schema from '../lib/db/schema'

const SUBSCRIBERS = 10_000

type Print = { section: (title: string) => void; table: (header: string[], rows: (string | number)[][]) => void }

export async function alertBench({ section, table }: Print) {
  section(`Alerts: one call announced to ${SUBSCRIBERS.toLocaleString('en')} subscribers by two instances`)
  const rate = Number(process.env.BENCH_ALERT_RATE ?? 100)
  const dir = mkdtempSync(join(tmpdir(), 'ispcp-bench-alerts-'))
  const database = await startEmbedded({ dir, reuse: false })
  const pool = createPool(database.url, 8)
  try {
    await runMigrations(database.url)
    const db = drizzle(pool, { schema })
    await db.execute(sql`
      insert into alert_subscription (token, email, locale, topics, confirmed_at)
      select md5(random()::text) || g, 'bench-' || g || '@example.net', (array['en','fr','es','ar','zh','ru','pt'])[1 + g % 7],
        array['calls'], now() - interval '1 minute'
      from generate_series(1, ${SUBSCRIBERS}) g`)
    const content = loadContent('tests/fixtures/content/site')
    const site = new URL('https://www.example.org')
    const alert = await recordAlert(db, {
      topic: 'calls',
      subject: 'zeta-group',
      opens: new Date('2021-03-01T00:00:00Z'),
      closes: new Date('2099-12-31T17:00:00Z'),
    })
    let started = performance.now()
    await Promise.all([queueAlert(db, content, site, alert), queueAlert(db, content, site, alert)])
    const queueMs = performance.now() - started
    const [queued] = (
      await db.execute<{ n: number; distinct: number }>(
        sql`select count(*)::int as n, count(distinct recipient)::int as distinct from mail_outbox where alert_id = ${alert.id}`,
      )
    ).rows

    const sends: number[] = []
    const recipients = new Set<string>()
    const transport = {
      sendMail: async (message: { to?: unknown }) => {
        sends.push(performance.now())
        recipients.add(String(message.to))
        return {}
      },
    }
    const settings = { smtpUrl: 'smtp://unused', secretariat: 'secretariat@example.org', from: 'alerts@example.org' }
    started = performance.now()
    await Promise.all([0, 1].map(() => deliverPacedMail(db, settings, { rate, transport })))
    const sendMs = performance.now() - started
    const perSecond = new Map<number, number>()
    for (const at of sends) perSecond.set(Math.floor((at - started) / 1000), (perSecond.get(Math.floor((at - started) / 1000)) ?? 0) + 1)
    table(
      ['figure', 'value'],
      [
        ['subscribers confirmed before the alert', SUBSCRIBERS],
        ['messages queued (two instances at once)', queued!.n],
        ['duplicates queued', queued!.n - queued!.distinct],
        ['time to queue them', `${(queueMs / 1000).toFixed(1)} s`],
        ['ALERT_RATE (messages a second, all instances)', rate],
        ['messages sent (two instances at once)', sends.length],
        ['duplicates sent', sends.length - recipients.size],
        ['time to send them', `${(sendMs / 1000).toFixed(1)} s`],
        ['most sent in one second', Math.max(...perSecond.values())],
        ['at the default of 5 a second, sending takes', `${Math.ceil(SUBSCRIBERS / 5 / 60)} min`],
      ],
    )
  } finally {
    await pool.end()
    await database.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
