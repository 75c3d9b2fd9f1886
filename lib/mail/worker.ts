// The outbox's retry loop, run by the serve wrapper beside the web server:
// every minute it sends what is due (a message that failed before, or one
// queued while SMTP was not configured), so nothing depends on a visitor
// or a staff member coming by. Without SMTP settings it does nothing.
import { drizzle } from 'drizzle-orm/node-postgres'
import { createPool } from '../db/client'
import * as schema from '../db/schema'
import { deliverDueMail, mailSettings } from './deliver'

const INTERVAL_MS = 60_000

export function startMailWorker(url: string, settings = mailSettings()): () => Promise<void> {
  if (!settings) return async () => {}
  const pool = createPool(url, 2)
  const db = drizzle(pool, { schema })
  let current: Promise<unknown> = Promise.resolve()
  const tick = () => {
    current = deliverDueMail(db, settings).catch((error) =>
      console.error(`[mail] outbox run failed: ${error instanceof Error ? error.message : String(error)}`),
    )
  }
  const timer = setInterval(tick, INTERVAL_MS)
  timer.unref()
  tick()
  return async () => {
    clearInterval(timer)
    await current
    await pool.end()
  }
}
