// The alert worker, run by the serve wrapper beside the mail worker on
// every instance. Every 30 s it records what has opened and queues its
// messages (so an opening is announced well within 2 minutes, with no
// rebuild and no visitor); apart from that, it sends what waits at
// ALERT_RATE, which for a large alert takes a while and must not hold up
// the next announcement. Without SMTP settings the messages wait in the
// outbox, as other mail does.
import { drizzle } from 'drizzle-orm/node-postgres'
import type { Content } from '../content'
import { createPool } from '../db/client'
import { deleteUnconfirmed } from '../db/queries/alerts'
import * as schema from '../db/schema'
import { mailSettings } from '../mail/deliver'
import { announce } from './scheduler'
import { deliverPacedMail } from './sender'

export const ANNOUNCE_EVERY_MS = 30_000

const log = (error: unknown) => console.error(`[alerts] ${error instanceof Error ? error.message : String(error)}`)

export function startAlertWorker(url: string, content: Content, site: URL, settings = mailSettings()): () => Promise<void> {
  const pool = createPool(url, 3)
  const db = drizzle(pool, { schema })
  let stopped = false
  let announcing: Promise<unknown> | undefined
  let sending: Promise<unknown> | undefined
  const send = () => {
    if (!settings || sending || stopped) return
    sending = deliverPacedMail(db, settings, { stopped: () => stopped })
      .catch(log)
      .finally(() => {
        sending = undefined
      })
  }
  const tick = () => {
    if (announcing) return
    announcing = (async () => {
      const { alerts, queued } = await announce(db, content, site)
      if (queued) console.log(`[alerts] ${queued} messages queued for ${alerts} alerts`)
      await deleteUnconfirmed(db)
    })()
      .catch(log)
      .finally(() => {
        announcing = undefined
        // Also picks up messages whose retry has come.
        send()
      })
  }
  const timer = setInterval(tick, ANNOUNCE_EVERY_MS)
  timer.unref()
  tick()
  return async () => {
    stopped = true
    clearInterval(timer)
    await Promise.all([announcing, sending])
    await pool.end()
  }
}
