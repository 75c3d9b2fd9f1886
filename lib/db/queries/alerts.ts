// Alerts and calls for participants: subscriptions (double opt-in), the
// announcements the scheduler records, their messages in the outbox, and
// the answers to a call. Feature logic is in lib/alerts.
import { and, asc, desc, eq, gt, isNull, lte, sql } from 'drizzle-orm'
import { csv } from '../../csv'
import type { Database } from '../client'
import { type AlertTopic, alert, alertSubscription, appSetting, callResponse, mailOutbox } from '../schema'
import { recordAudit } from './audit'
import { type OutgoingMail, queueMail } from './outbox'

export type Subscription = typeof alertSubscription.$inferSelect
export type Alert = typeof alert.$inferSelect
export type CallResponse = typeof callResponse.$inferSelect

// A second confirmation mail to the same address waits this long.
export const CONFIRMATION_RESEND_SECONDS = 3600

const byEmail = (email: string) => eq(sql`lower(${alertSubscription.email})`, email.trim().toLowerCase())

export interface SubscribeInput {
  email: string
  locale: string
  topics: AlertTopic[]
  token: string
}

/**
 * A subscription request. A new address is stored unconfirmed; an address
 * not yet confirmed takes the topics and language asked for now; a
 * confirmed one keeps its own (only its manage page changes them). In each
 * case the confirmation mail is queued, unless one went out within the hour:
 * `mail` is asked for it only then. The answer is the same either way, so
 * the form never tells whether an address is subscribed.
 */
export async function requestSubscription(
  db: Database,
  input: SubscribeInput,
  mail: (subscription: Subscription) => Promise<OutgoingMail>,
): Promise<{ mailed: boolean }> {
  return db.transaction(async (tx) => {
    await tx
      .insert(alertSubscription)
      .values({ email: input.email.trim(), locale: input.locale, topics: input.topics, token: input.token })
      .onConflictDoNothing()
    const [existing] = await tx.select().from(alertSubscription).where(byEmail(input.email)).for('update')
    if (!existing) throw new Error('the subscription vanished while it was written')
    if (!existing.confirmedAt)
      await tx.update(alertSubscription).set({ topics: input.topics, locale: input.locale }).where(eq(alertSubscription.id, existing.id))
    const [due] = await tx
      .update(alertSubscription)
      .set({ confirmationSentAt: sql`now()` })
      .where(
        and(
          eq(alertSubscription.id, existing.id),
          sql`(${alertSubscription.confirmationSentAt} is null or ${alertSubscription.confirmationSentAt} <= now() - make_interval(secs => ${CONFIRMATION_RESEND_SECONDS}))`,
        ),
      )
      .returning()
    if (!due) return { mailed: false }
    await queueMail(tx, await mail(due))
    return { mailed: true }
  })
}

export async function subscriptionByToken(db: Pick<Database, 'select'>, token: string): Promise<Subscription | undefined> {
  const [row] = await db.select().from(alertSubscription).where(eq(alertSubscription.token, token))
  return row
}

/** Confirms the subscription of this token (again: no change). */
export async function confirmSubscription(db: Database, token: string): Promise<Subscription | undefined> {
  const [row] = await db
    .update(alertSubscription)
    .set({ confirmedAt: sql`coalesce(${alertSubscription.confirmedAt}, now())` })
    .where(eq(alertSubscription.token, token))
    .returning()
  return row
}

export async function updateSubscription(
  db: Database,
  token: string,
  change: { topics: AlertTopic[]; locale: string },
): Promise<Subscription | undefined> {
  const [row] = await db.update(alertSubscription).set(change).where(eq(alertSubscription.token, token)).returning()
  return row
}

/**
 * Deletes the subscription of this token, and its alerts not sent yet.
 * Those already sent stay in the outbox (counted for their alert) until a
 * privacy request deletes them. True if there was one.
 */
export async function unsubscribe(db: Database, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: alertSubscription.id })
      .from(alertSubscription)
      .where(eq(alertSubscription.token, token))
      .for('update')
    if (!row) return false
    await tx.delete(mailOutbox).where(and(eq(mailOutbox.subscriptionId, row.id), isNull(mailOutbox.sentAt)))
    await tx.delete(alertSubscription).where(eq(alertSubscription.id, row.id))
    return true
  })
}

// An address never confirmed is forgotten after this many days.
export const UNCONFIRMED_DAYS = 7

export async function deleteUnconfirmed(db: Database): Promise<number> {
  const rows = await db
    .delete(alertSubscription)
    .where(
      and(isNull(alertSubscription.confirmedAt), sql`${alertSubscription.createdAt} < now() - make_interval(days => ${UNCONFIRMED_DAYS})`),
    )
    .returning({ id: alertSubscription.id })
  return rows.length
}

export interface Announcement {
  topic: AlertTopic
  subject: string
  opens: Date
  closes: Date
}

/** The alert for this announcement, recorded by whichever instance gets there first. */
export async function recordAlert(db: Database, a: Announcement): Promise<Alert> {
  await db.insert(alert).values({ topic: a.topic, subject: a.subject, opensAt: a.opens, closesAt: a.closes }).onConflictDoNothing()
  const [row] = await db
    .select()
    .from(alert)
    .where(and(eq(alert.topic, a.topic), eq(alert.subject, a.subject), eq(alert.opensAt, a.opens)))
  return row!
}

/**
 * The next confirmed subscriptions to the alert's topic (after `afterId`,
 * in id order) that have no message for it yet: those confirmed before the
 * alert was recorded, so a subscriber who confirms later never gets it late.
 */
export async function unqueuedRecipients(db: Database, a: Alert, limit: number, afterId = 0): Promise<Subscription[]> {
  return db
    .select()
    .from(alertSubscription)
    .where(
      and(
        gt(alertSubscription.id, afterId),
        lte(alertSubscription.confirmedAt, a.createdAt),
        sql`${a.topic} = any(${alertSubscription.topics})`,
        sql`not exists (select 1 from ${mailOutbox} where ${mailOutbox.key} = 'alert:' || ${a.id}::text || ':' || ${alertSubscription.id}::text)`,
      ),
    )
    .orderBy(asc(alertSubscription.id))
    .limit(limit)
}

/** Each subscription gets each alert once: the outbox's unique key says so (unqueuedRecipients spells it in SQL). */
export const alertMailKey = (alertId: number, subscriptionId: number) => `alert:${alertId}:${subscriptionId}`

export async function markAlertQueued(db: Database, id: number): Promise<void> {
  await db
    .update(alert)
    .set({ queuedAt: sql`now()` })
    .where(and(eq(alert.id, id), isNull(alert.queuedAt)))
}

export async function alertsToQueue(db: Database): Promise<Alert[]> {
  return db.select().from(alert).where(isNull(alert.queuedAt)).orderBy(asc(alert.id))
}

/**
 * Whether this instance may send the next `ALERT_RATE` messages: one slot
 * a second for all instances together (the row's time moves on only when a
 * second has passed since the last slot), so two servers do not send twice
 * as fast.
 */
export async function takeSendingSlot(db: Database): Promise<boolean> {
  const result = await db.execute(sql`
    insert into ${appSetting} (key, value) values ('alert-sending-slot', now()::text)
    on conflict (key) do update set value = excluded.value
    where ${appSetting.value}::timestamptz <= now() - interval '1 second'
    returning key`)
  return result.rows.length > 0
}

// The desk.

export async function subscriberCounts(db: Database) {
  const result = await db.execute<{ topic: AlertTopic; locale: string; confirmed: number; unconfirmed: number }>(sql`
    select topic, locale,
      count(*) filter (where confirmed_at is not null)::int as confirmed,
      count(*) filter (where confirmed_at is null)::int as unconfirmed
    from ${alertSubscription}, unnest(topics) as topic
    group by topic, locale order by topic, locale`)
  return result.rows
}

export async function alertsWithCounts(db: Database, limit = 100) {
  return db
    .select({
      id: alert.id,
      topic: alert.topic,
      subject: alert.subject,
      opensAt: alert.opensAt,
      closesAt: alert.closesAt,
      createdAt: alert.createdAt,
      queuedAt: alert.queuedAt,
      sent: sql<number>`count(${mailOutbox.id}) filter (where ${mailOutbox.sentAt} is not null)::int`,
      failed: sql<number>`count(${mailOutbox.id}) filter (where ${mailOutbox.sentAt} is null and ${mailOutbox.lastError} is not null)::int`,
      pending: sql<number>`count(${mailOutbox.id}) filter (where ${mailOutbox.sentAt} is null and ${mailOutbox.lastError} is null)::int`,
    })
    .from(alert)
    .leftJoin(mailOutbox, eq(mailOutbox.alertId, alert.id))
    .groupBy(alert.id)
    .orderBy(desc(alert.id))
    .limit(limit)
}

// Answers to calls.

export interface CallResponseInput {
  submission: string
  workingGroup: string
  callOpensAt: Date
  locale: string
  name: string
  organisation: string | null
  email: string
  message: string | null
}

/** Stores an answer and queues its mails in one transaction; the same form sent twice is stored once. */
export async function submitCallResponse(
  db: Database,
  input: CallResponseInput,
  mails: (response: CallResponse) => Promise<OutgoingMail[]>,
): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(callResponse).values(input).onConflictDoNothing({ target: callResponse.submission }).returning()
    if (!created) return { created: false }
    for (const mail of await mails(created)) await queueMail(tx, { ...mail, callResponseId: created.id })
    return { created: true }
  })
}

/** Each call (working group and opening) with how many answered it. */
export async function callsWithCounts(db: Database) {
  return db
    .select({
      workingGroup: callResponse.workingGroup,
      callOpensAt: callResponse.callOpensAt,
      responses: sql<number>`count(*)::int`,
    })
    .from(callResponse)
    .groupBy(callResponse.workingGroup, callResponse.callOpensAt)
    .orderBy(desc(sql`max(${callResponse.createdAt})`))
}

export async function callResponses(db: Database, workingGroup: string, callOpensAt?: Date) {
  return db
    .select()
    .from(callResponse)
    .where(and(eq(callResponse.workingGroup, workingGroup), callOpensAt ? eq(callResponse.callOpensAt, callOpensAt) : undefined))
    .orderBy(asc(callResponse.id))
}

const RESPONSE_COLUMNS = ['id', 'workingGroup', 'callOpensAt', 'createdAt', 'locale', 'name', 'organisation', 'email', 'message'] as const

/** Every answer to a working group's calls, as CSV for the Secretariat; the export is in the audit log. */
export async function exportCallResponses(db: Database, workingGroup: string, actor: { id: string; email: string }): Promise<string> {
  await recordAudit(db, {
    actorId: actor.id,
    actorEmail: actor.email,
    action: 'call-responses-exported',
    target: `working-group:${workingGroup}`,
  })
  const rows = await callResponses(db, workingGroup)
  return csv(
    RESPONSE_COLUMNS,
    rows.map((row) => RESPONSE_COLUMNS.map((c) => row[c])),
  )
}
