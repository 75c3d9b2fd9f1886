// Announces what has opened. Every instance runs this (lib/alerts/worker.ts):
// the alert row is unique per call or consultation and opening, and each
// message has the unique key alert:<alert>:<subscription> in the outbox,
// so instances running together, restarts and a crash halfway through a
// large alert all end with one message per subscriber, never two.
import type { Content } from '../content'
import type { Database } from '../db/client'
import { type Alert, alertsToQueue, markAlertQueued, recordAlert, unqueuedRecipients } from '../db/queries/alerts'
import { queueMails } from '../db/queries/outbox'
import { alertMailer } from './mail'
import { openAnnouncements } from './calls'

// Messages written per statement: 10,000 subscribers are 20 short inserts.
const CHUNK = 500

export interface AnnounceReport {
  alerts: number
  queued: number
}

export async function announce(db: Database, content: Content, site: URL, now = new Date()): Promise<AnnounceReport> {
  for (const announcement of openAnnouncements(content, now)) await recordAlert(db, announcement)
  const report = { alerts: 0, queued: 0 }
  for (const a of await alertsToQueue(db)) {
    report.alerts++
    report.queued += await queueAlert(db, content, site, a)
  }
  return report
}

/** Queues the alert's message to each recipient that has none yet, then marks it done. */
export async function queueAlert(db: Database, content: Content, site: URL, a: Alert): Promise<number> {
  const announcement = { id: a.id, topic: a.topic, subject: a.subject, opens: a.opensAt, closes: a.closesAt }
  const mail = alertMailer(site, content, announcement)
  let queued = 0
  let after = 0
  for (;;) {
    const recipients = await unqueuedRecipients(db, a, CHUNK, after)
    if (!recipients.length) break
    const mails = await Promise.all(recipients.map(mail))
    queued += await queueMails(db, mails)
    after = recipients.at(-1)!.id
  }
  await markAlertQueued(db, a.id)
  return queued
}
