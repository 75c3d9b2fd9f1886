// Sends the alerts waiting in the outbox at ALERT_RATE messages a second
// (default 5), counted across every instance on the database: each second
// one instance takes the slot (takeSendingSlot) and sends that many. The
// other mail (confirmations, the Secretariat's) is not paced and never
// waits behind an alert: deliverDueMail does not take paced messages.
import type { Database } from '../db/client'
import { takeSendingSlot } from '../db/queries/alerts'
import { claimDueMail } from '../db/queries/outbox'
import { type DeliveryReport, type MailSettings, type MailTransport, sendClaimed, transportFor } from '../mail/deliver'

export const DEFAULT_ALERT_RATE = 5

export function alertRate(env: Record<string, string | undefined> = process.env): number {
  const rate = Number(env.ALERT_RATE)
  return Number.isFinite(rate) && rate > 0 ? Math.floor(rate) || 1 : DEFAULT_ALERT_RATE
}

const SLOT_MS = 1000

/**
 * Sends paced messages until none is due, at most `rate` a second over all
 * instances. Resolves with what this instance sent.
 */
export async function deliverPacedMail(
  db: Database,
  settings: MailSettings,
  {
    rate = alertRate(),
    transport = transportFor(settings.smtpUrl),
    stopped = () => false,
  }: {
    rate?: number
    transport?: MailTransport
    stopped?: () => boolean
  } = {},
): Promise<DeliveryReport> {
  const report = { sent: 0, failed: 0 }
  while (!stopped()) {
    const started = Date.now()
    if (await takeSendingSlot(db)) {
      const batch = await claimDueMail(db, rate, { paced: true })
      if (!batch.length) return report
      await sendClaimed(db, transport, settings, batch, report)
    }
    // Another instance has this second: wait for the next one.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, SLOT_MS - (Date.now() - started))))
  }
  return report
}
