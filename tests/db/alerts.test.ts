// Alerts against real PostgreSQL: double opt-in and its hourly resend,
// tokens that act on their own subscription only, announcements recorded
// and queued once per subscriber however many instances run them, late
// confirmations, unsubscribing, and 10,000 subscribers sent at a pace with
// the other mail going out meanwhile.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAnnouncements } from '../../lib/alerts/calls'
import { alertMailer, confirmationMail } from '../../lib/alerts/mail'
import { announce, queueAlert } from '../../lib/alerts/scheduler'
import { deliverPacedMail } from '../../lib/alerts/sender'
import { newToken } from '../../lib/alerts/tokens'
import { loadContent } from '../../lib/content'
import {
  type Announcement,
  confirmSubscription,
  recordAlert,
  requestSubscription,
  type Subscription,
  subscriptionByToken,
  unqueuedRecipients,
  unsubscribe,
  updateSubscription,
} from '../../lib/db/queries/alerts'
import { queueMail } from '../../lib/db/queries/outbox'
import { alertSubscription, mailOutbox } from '../../lib/db/schema'
import type { MailSettings } from '../../lib/mail/deliver'
import { deliverDueMail } from '../../lib/mail/deliver'
import { startSmtp, type TestSmtp } from '../support/smtp'
import { testDatabase, unique } from './connect'

const { db } = testDatabase()
const site = new URL('https://www.example.org')
const content = loadContent('tests/fixtures/content/site')
let smtp: TestSmtp
beforeAll(async () => {
  smtp = await startSmtp()
})
afterAll(() => smtp.close())

const settings = (): MailSettings => ({ smtpUrl: smtp.url, secretariat: 'secretariat@example.org', from: 'alerts@example.org' })

const subscribe = (email: string, over: Partial<{ locale: string; topics: ('calls' | 'consultations')[] }> = {}) =>
  requestSubscription(db, { email, locale: over.locale ?? 'en', topics: over.topics ?? ['calls'], token: newToken() }, (s) =>
    confirmationMail(site, s),
  )

const byEmail = async (email: string) =>
  (
    await db
      .select()
      .from(alertSubscription)
      .where(eq(sql`lower(${alertSubscription.email})`, email.toLowerCase()))
  )[0]!

const mailTo = (email: string) => db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))

async function confirmed(email: string, over: Parameters<typeof subscribe>[1] = {}): Promise<Subscription> {
  await subscribe(email, over)
  return (await confirmSubscription(db, (await byEmail(email)).token))!
}

// An announcement of its own for each test: the alert table is shared by the file.
const announcement = (topic: 'calls' | 'consultations' = 'calls'): Announcement => ({
  topic,
  subject: unique('group'),
  opens: new Date('2030-01-01T00:00:00Z'),
  closes: new Date('2030-02-01T00:00:00Z'),
})

describe('subscribing', () => {
  it('stores an unconfirmed subscription and queues one confirmation mail, with its unsubscribe headers', async () => {
    const email = `${unique('ana')}@example.org`
    expect(await subscribe(email, { locale: 'ar', topics: ['consultations', 'calls'] })).toEqual({ mailed: true })
    const row = await byEmail(email)
    expect(row.confirmedAt).toBeNull()
    expect(row.topics).toEqual(['consultations', 'calls'])
    const [mail, ...more] = await mailTo(email)
    expect(more).toEqual([])
    expect(mail!.locale).toBe('ar')
    expect(mail!.paced).toBe(false)
    expect(mail!.body).toContain(`https://www.example.org/ar/alerts/confirm?token=${row.token}`)
    expect(mail!.html).toContain('dir="rtl"')
    expect(mail!.headers).toEqual({
      'List-Unsubscribe': `<https://www.example.org/alerts/unsubscribe/${row.token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })

  it('sends the confirmation again at most once an hour, and asking again never changes a confirmed subscription', async () => {
    const email = `${unique('bo')}@example.org`
    await subscribe(email)
    expect(await subscribe(email.toUpperCase(), { topics: ['consultations'] })).toEqual({ mailed: false })
    // Not confirmed yet: the latest choice counts.
    expect((await byEmail(email)).topics).toEqual(['consultations'])
    expect(await mailTo(email)).toHaveLength(1)
    await db
      .update(alertSubscription)
      .set({ confirmationSentAt: sql`now() - interval '61 minutes'` })
      .where(eq(alertSubscription.email, email))
    expect(await subscribe(email)).toEqual({ mailed: true })
    expect(await mailTo(email)).toHaveLength(2)

    const token = (await byEmail(email)).token
    await confirmSubscription(db, token)
    await db
      .update(alertSubscription)
      .set({ confirmationSentAt: sql`now() - interval '61 minutes'` })
      .where(eq(alertSubscription.email, email))
    await subscribe(email, { topics: ['consultations'], locale: 'fr' })
    const after = await byEmail(email)
    expect([after.topics, after.locale, after.token]).toEqual([['calls'], 'en', token])
  })

  it("acts on a token's own subscription only; an unknown token does nothing", async () => {
    const [a, b] = [`${unique('a')}@example.org`, `${unique('b')}@example.org`]
    await subscribe(a)
    await subscribe(b)
    const [ta, tb] = [(await byEmail(a)).token, (await byEmail(b)).token]
    expect(ta).not.toBe(tb)
    expect(ta).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await confirmSubscription(db, newToken())).toBeUndefined()
    expect(await unsubscribe(db, newToken())).toBe(false)
    await confirmSubscription(db, ta)
    expect((await byEmail(b)).confirmedAt).toBeNull()
    await updateSubscription(db, tb, { topics: ['consultations'], locale: 'zh' })
    expect((await byEmail(a)).topics).toEqual(['calls'])
    expect(await unsubscribe(db, ta)).toBe(true)
    expect(await subscriptionByToken(db, ta)).toBeUndefined()
    expect(await subscriptionByToken(db, tb)).toBeDefined()
  })
})

describe('announcing', () => {
  it('finds the calls and consultations open at a moment, from the content', () => {
    const at = (iso: string) =>
      openAnnouncements(content, new Date(iso))
        .map((a) => `${a.topic}:${a.subject}`)
        .sort()
    expect(at('2021-02-28T23:59:00Z')).toEqual(['consultations:amaranth-consultation'])
    expect(at('2021-03-01T00:00:00Z')).toEqual(['calls:zeta-group', 'consultations:amaranth-consultation'])
    expect(at('2100-01-01T00:00:00Z')).toEqual([])
  })

  it('queues one message per confirmed subscriber of the topic, however many instances announce at once', async () => {
    const [en, ar, zh, unconfirmed, other] = ['en', 'ar', 'zh', 'un', 'other'].map((l) => `${unique(l)}@example.org`)
    const subs = [await confirmed(en!), await confirmed(ar!, { locale: 'ar' }), await confirmed(zh!, { locale: 'zh' })]
    await subscribe(unconfirmed!)
    await confirmed(other!, { topics: ['consultations'] })
    const now = new Date('2021-03-01T00:01:00Z')
    await Promise.all([announce(db, content, site, now), announce(db, content, site, now), announce(db, content, site, now)])
    await announce(db, content, site, now)
    const mails = await db
      .select()
      .from(mailOutbox)
      .where(and(isNotNull(mailOutbox.alertId), inArray(mailOutbox.recipient, [en!, ar!, zh!, unconfirmed!, other!])))
    // The call goes to the three subscribers of calls; the consultation (open
    // since 2020) to the subscriber of consultations; nothing to the unconfirmed one.
    expect(mails.map((m) => m.recipient).sort()).toEqual([en, ar, zh, other].sort())
    const byRecipient = Object.fromEntries(mails.map((m) => [m.recipient, m]))
    expect(byRecipient[en!]!.subject).toBe('Participants wanted: Zeta group')
    expect(byRecipient[ar!]!.subject).toBe('مطلوب مشاركون: مجموعة زيتا')
    expect(byRecipient[ar!]!.locale).toBe('ar')
    expect(byRecipient[zh!]!.subject).toBe('征集参与者：泽塔工作组')
    expect(byRecipient[ar!]!.body).toContain('https://www.example.org/ar/working-groups/zeta-group')
    for (const [i, s] of subs.entries()) {
      const m = byRecipient[s.email]!
      expect(m.key).toBe(`alert:${m.alertId}:${s.id}`)
      expect(m.paced).toBe(true)
      expect(m.headers!['List-Unsubscribe']).toBe(`<https://www.example.org/alerts/unsubscribe/${s.token}>`)
      expect(m.body, `subscriber ${i}`).toContain(`/alerts/unsubscribe?token=${s.token}`)
    }
  })

  it('leaves out a subscriber who confirms after the alert was recorded, even while it is still being queued', async () => {
    const early = await confirmed(`${unique('early')}@example.org`)
    const a = await recordAlert(db, announcement())
    const late = await confirmed(`${unique('late')}@example.org`)
    const recipients = (await unqueuedRecipients(db, a, 100_000)).map((s) => s.id)
    expect(recipients).toContain(early.id)
    expect(recipients).not.toContain(late.id)
    await queueAlert(db, content, site, a)
    expect(await mailTo(late.email)).toHaveLength(1) // its confirmation only
  })

  it('names a page with no translation in the language in English, and a working group by its title and dates', async () => {
    const ru = await confirmed(`${unique('ru')}@example.org`, { locale: 'ru' })
    const a = await recordAlert(db, { ...announcement(), subject: 'zeta-group', opens: new Date('2031-01-01T00:00:00Z') })
    const mail = await alertMailer(site, content, { ...a, opens: a.opensAt, closes: a.closesAt })(ru)
    expect(mail.locale).toBe('en')
    expect(mail.body).toContain('Zeta group')
    expect(mail.body).toContain('The fixture group looks for two people')
    expect(mail.body).toContain('January 1, 2031')
    expect(mail.body).toContain('https://www.example.org/en/working-groups/zeta-group')
  })

  it('unsubscribing drops the messages not sent yet and keeps those sent', async () => {
    const s = await confirmed(`${unique('gone')}@example.org`)
    const [first, second] = [await recordAlert(db, announcement()), await recordAlert(db, announcement())]
    await queueAlert(db, content, site, first)
    await queueAlert(db, content, site, second)
    const key = (id: number) => `alert:${id}:${s.id}`
    await db
      .update(mailOutbox)
      .set({ sentAt: sql`now()` })
      .where(eq(mailOutbox.key, key(first.id)))
    expect(await unsubscribe(db, s.token)).toBe(true)
    const left = await db
      .select()
      .from(mailOutbox)
      .where(inArray(mailOutbox.key, [key(first.id), key(second.id)]))
    expect(left.map((m) => [m.key, m.subscriptionId])).toEqual([[key(first.id), null]])
  })
})

describe('10,000 subscribers', () => {
  it('are each queued once by two instances at once, and sent once at ALERT_RATE while the other mail goes out at once', async () => {
    const N = 10_000
    const RATE = 2_000
    const tag = unique('bulk')
    await db.execute(sql`
      insert into ${alertSubscription} (token, email, locale, topics, confirmed_at)
      select md5(random()::text) || ${tag} || g, ${tag} || '-' || g || '@example.net', (array['en','fr','ar','zh'])[1 + g % 4], array['calls'], now() - interval '1 minute'
      from generate_series(1, ${N}) g`)
    const a = await recordAlert(db, announcement())
    const queuing = Date.now()
    const [one, two] = await Promise.all([queueAlert(db, content, site, a), queueAlert(db, content, site, a)])
    const queuedMs = Date.now() - queuing
    const rows = await db
      .select({ recipient: mailOutbox.recipient, key: mailOutbox.key })
      .from(mailOutbox)
      .where(eq(mailOutbox.alertId, a.id))
    const bulk = rows.filter((r) => r.recipient!.startsWith(tag))
    expect(bulk).toHaveLength(N)
    // Each message was written by one instance or the other, never both.
    expect(one + two).toBe(rows.length)
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length)

    // Other alerts of earlier tests wait in the outbox too: only this alert is counted.
    const sends: { key: string; at: number; instance: number }[] = []
    const transport = (instance: number) => ({
      sendMail: async (message: { to?: unknown; subject?: unknown }) => {
        sends.push({ key: `${message.to}`, at: Date.now(), instance })
        return {}
      },
    })
    const started = Date.now()
    const senders = [0, 1].map((i) => deliverPacedMail(db, settings(), { rate: RATE, transport: transport(i) }))
    // Meanwhile a confirmation is not held up by the alerts.
    await new Promise((r) => setTimeout(r, 500))
    const other = `${unique('meanwhile')}@example.org`
    await queueMail(db, { key: unique('meanwhile'), recipient: other, locale: 'en', subject: 'Not paced', body: 'Right away' })
    const quick = Date.now()
    await deliverDueMail(db, settings())
    while (!smtp.received.some((m) => m.to.includes(other)) && Date.now() - quick < 60_000) await new Promise((r) => setTimeout(r, 20))
    const otherAt = Date.now()
    const otherMs = otherAt - quick
    const reports = await Promise.all(senders)
    const elapsed = Date.now() - started

    const mine = sends.filter((s) => s.key.startsWith(tag))
    expect(mine).toHaveLength(N)
    expect(new Set(mine.map((s) => s.key)).size).toBe(N)
    expect(reports.every((r) => r.failed === 0)).toBe(true)
    // Both instances sent, taking turns: never more than RATE in any second of the run
    // (with a second's slack for the database's clock against this one).
    expect(reports.every((r) => r.sent > 0)).toBe(true)
    const total = sends.length
    for (let second = 1; second * 1000 < elapsed; second++) {
      const by = sends.filter((s) => s.at - started < second * 1000).length
      expect(by, `sent in the first ${second} s`).toBeLessThanOrEqual(RATE * (second + 1))
    }
    expect(elapsed).toBeGreaterThanOrEqual(((total / RATE) | 0) * 1000 - 1000)
    // The confirmation went out while the alert was still being sent, not after it.
    expect(smtp.received.some((m) => m.to.includes(other))).toBe(true)
    expect(otherAt).toBeLessThan(Math.max(...mine.map((s) => s.at)))
    const unsent = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${mailOutbox} where ${mailOutbox.alertId} = ${a.id} and ${mailOutbox.sentAt} is null`,
    )
    expect(unsent.rows[0]!.n).toBe(0)
    console.log(
      `[alerts] ${N} subscribers: queued by two instances in ${queuedMs} ms; ${total} messages sent at ${RATE}/s by two instances in ${elapsed} ms; ${N - new Set(mine.map((s) => s.key)).size} duplicates; other mail out in ${otherMs} ms`,
    )
    await db.delete(alertSubscription).where(sql`${alertSubscription.email} like ${`${tag}%`}`)
  }, 400_000)
})
