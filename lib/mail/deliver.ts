// Sends what waits in the outbox (lib/db/queries/outbox.ts) through
// SMTP_URL. Without SMTP_URL and SECRETARIAT_EMAIL nothing is sent and the
// messages wait, visible in the desk. Called after each application, from
// the desk, and every minute by the serve wrapper; a failed message is
// retried later, and the application it belongs to is already stored.
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import type { Database } from '../db/client'
import { claimDueMail, markFailed, markSent, type QueuedMail } from '../db/queries/outbox'

export interface MailSettings {
  smtpUrl: string
  secretariat: string
  from: string
}

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | undefined {
  const smtpUrl = env.SMTP_URL?.trim()
  const secretariat = env.SECRETARIAT_EMAIL?.trim()
  if (!smtpUrl || !secretariat) return undefined
  return { smtpUrl, secretariat, from: env.MAIL_FROM?.trim() || secretariat }
}

const transports = new Map<string, Transporter>()

export function transportFor(url: string): Transporter {
  let transport = transports.get(url)
  if (!transport) {
    // Short timeouts: a mail server that hangs must not hold the queue.
    const options = new URL(url)
    for (const [name, ms] of Object.entries({ connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '20000' })) {
      if (!options.searchParams.has(name)) options.searchParams.set(name, ms)
    }
    transport = nodemailer.createTransport(options.toString())
    transports.set(url, transport)
  }
  return transport
}

/** What sending needs of a transport (tests count messages without a mail server). */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>
}

export interface DeliveryReport {
  sent: number
  failed: number
}

let running: Promise<DeliveryReport> | undefined

/** Sends every due message once; overlapping calls in one process share the run. */
export function deliverDueMail(db: Database, settings = mailSettings()): Promise<DeliveryReport> {
  if (!settings) return Promise.resolve({ sent: 0, failed: 0 })
  running ??= send(db, settings).finally(() => {
    running = undefined
  })
  return running
}

async function send(db: Database, settings: MailSettings): Promise<DeliveryReport> {
  const report = { sent: 0, failed: 0 }
  const transport = transportFor(settings.smtpUrl)
  for (;;) {
    const batch = await claimDueMail(db)
    if (!batch.length) return report
    await sendClaimed(db, transport, settings, batch, report)
  }
}

/** Sends messages already claimed, one by one, marking each sent or failed. */
export async function sendClaimed(
  db: Database,
  transport: MailTransport,
  settings: MailSettings,
  batch: QueuedMail[],
  report: DeliveryReport,
): Promise<void> {
  for (const mail of batch) {
    try {
      await transport.sendMail({
        from: settings.from,
        to: mail.recipient ?? settings.secretariat,
        replyTo: mail.recipient ? settings.secretariat : undefined,
        subject: mail.subject,
        text: mail.body,
        html: mail.html ?? undefined,
        headers: { ...mail.headers, 'Content-Language': mail.locale },
      })
      await markSent(db, mail.id)
      report.sent++
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      console.error(`[mail] message ${mail.id} not sent (attempt ${mail.attempts}): ${message}`)
      await markFailed(db, mail, message)
      report.failed++
    }
  }
}
