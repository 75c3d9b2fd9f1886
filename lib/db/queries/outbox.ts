import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { mailOutbox } from '../schema'

export interface OutgoingMail {
  // The same key is queued once (a double submit, a repeated decision).
  key: string
  applicationId?: number
  alertId?: number
  subscriptionId?: number
  callResponseId?: number
  // Null: the Secretariat (SECRETARIAT_EMAIL when it is sent).
  recipient: string | null
  locale: string
  subject: string
  body: string
  html?: string
  headers?: Record<string, string>
  paced?: boolean
}

type Executor = Pick<Database, 'insert'>

/** Pass a transaction to queue the mail with the change that causes it. */
export async function queueMail(db: Executor, mail: OutgoingMail): Promise<boolean> {
  return (await queueMails(db, [mail])) > 0
}

/** Many at once (an alert's messages): returns how many were new. */
export async function queueMails(db: Executor, mails: OutgoingMail[]): Promise<number> {
  if (!mails.length) return 0
  const rows = await db.insert(mailOutbox).values(mails).onConflictDoNothing({ target: mailOutbox.key }).returning({ id: mailOutbox.id })
  return rows.length
}

// A claimed message is not due again for this long: if the process dies
// while sending, another attempt follows.
const CLAIM_SECONDS = 300
const MAX_BACKOFF_SECONDS = 6 * 3600

/**
 * Takes up to `limit` unsent messages whose time has come and pushes their
 * next attempt into the future, so that instances sending at the same time
 * never take the same message. Paced messages (alerts) are taken only by
 * the alert worker, at its rate; the others by deliverDueMail, at once.
 */
export async function claimDueMail(db: Database, limit = 20, { paced = false } = {}) {
  const result = await db.execute<{ id: number }>(sql`
    update ${mailOutbox} set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${CLAIM_SECONDS})
    where id in (
      select id from ${mailOutbox} where sent_at is null and paced = ${paced} and next_attempt_at <= now()
      order by id limit ${limit} for update skip locked
    )
    returning id`)
  const ids = result.rows.map((row) => Number(row.id))
  if (!ids.length) return []
  return db.select().from(mailOutbox).where(sql`${mailOutbox.id} in ${ids}`).orderBy(asc(mailOutbox.id))
}

export type QueuedMail = Awaited<ReturnType<typeof claimDueMail>>[number]

export async function markSent(db: Database, id: number): Promise<void> {
  await db.update(mailOutbox).set({ sentAt: new Date(), lastError: null }).where(eq(mailOutbox.id, id))
}

/** Tried again later: a minute after the first failure, doubling up to six hours. */
export async function markFailed(db: Database, mail: Pick<QueuedMail, 'id' | 'attempts'>, error: string): Promise<void> {
  const wait = Math.min(60 * 2 ** Math.max(0, mail.attempts - 1), MAX_BACKOFF_SECONDS)
  await db
    .update(mailOutbox)
    .set({ lastError: error.slice(0, 1000), nextAttemptAt: sql`now() + make_interval(secs => ${wait})` })
    .where(eq(mailOutbox.id, mail.id))
}

/** Everything a retry may hurry along: unsent messages become due now. */
export async function makeUnsentDue(db: Database): Promise<number> {
  const rows = await db
    .update(mailOutbox)
    .set({ nextAttemptAt: sql`now()` })
    .where(isNull(mailOutbox.sentAt))
    .returning({ id: mailOutbox.id })
  return rows.length
}

export async function listOutbox(db: Database, options: { applicationId?: number; limit?: number } = {}) {
  return db
    .select()
    .from(mailOutbox)
    .where(options.applicationId ? eq(mailOutbox.applicationId, options.applicationId) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(options.limit ?? 100)
}

export type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number]

export async function unsentCount(db: Database): Promise<number> {
  // Alerts wait their turn at their own pace: the alerts desk counts them.
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), eq(mailOutbox.paced, false)))
  return row?.n ?? 0
}
