import { randomUUID } from 'node:crypto'
import { createServer } from 'node:net'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addApplicationNote,
  applicationNotes,
  applicationsCsv,
  deleteApplication,
  getApplication,
  listApplications,
  queueDecisionMail,
  setApplicationStatus,
  submitApplication,
  type ApplicationInput,
} from '../../lib/db/queries/applications'
import { listOutbox, makeUnsentDue } from '../../lib/db/queries/outbox'
import { upsertStaff } from '../../lib/db/queries/staff'
import { auditLog, mailOutbox } from '../../lib/db/schema'
import { applicationMails, decisionMail } from '../../lib/mail/application-mail'
import { deliverDueMail, type MailSettings } from '../../lib/mail/deliver'
import fr from '../../lib/i18n/messages/fr.json'
import { startSmtp, type TestSmtp } from '../support/smtp'
import { testDatabase, unique } from './connect'
import { csvLines } from '../support/csv'

const { db } = testDatabase()
let smtp: TestSmtp
beforeAll(async () => {
  smtp = await startSmtp()
})
afterAll(() => smtp.close())

const input = (over: Partial<ApplicationInput> = {}): ApplicationInput => ({
  submission: randomUUID(),
  locale: 'fr',
  organisation: `<script>alert(1)</script> ${unique('Réseau')}`,
  kind: 'commercial-entity',
  country: 'FR',
  website: 'https://example.net',
  representative: 'Anne Exemple',
  email: `${unique('anne')}@example.net`,
  phone: null,
  criteria: ['backbone', 'affected', 'participation'],
  statement: "Robert'); DROP TABLE membership_application;--",
  ...over,
})

const mails =
  (contact = 'secretariat@example.org') =>
  (a: Parameters<typeof applicationMails>[0]) =>
    applicationMails(a, contact, 'http://desk')

const submitWith = (data: ApplicationInput) => submitApplication(db, data, mails())
const submit = (over: Partial<ApplicationInput> = {}) => submitWith(input(over))

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

describe('membership applications', () => {
  it('stores a double submit once, with a reference and two queued mails', async () => {
    const data = input()
    const [first, again] = await Promise.all([submitWith(data), submitWith(data)])
    expect([first.created, again.created].sort()).toEqual([false, true])
    expect(first.application.id).toBe(again.application.id)
    expect(first.application.reference).toMatch(new RegExp(`^ISPCP-${new Date().getUTCFullYear()}-\\d{4,}$`))
    expect(first.application.statement).toBe(data.statement)
    const queued = await listOutbox(db, { applicationId: first.application.id })
    expect(queued.map((m) => m.recipient).sort()).toEqual([data.email, null].sort())
    const confirmation = queued.find((m) => m.recipient === data.email)!
    expect(confirmation.locale).toBe('fr')
    expect(confirmation.subject).toContain(first.application.reference)
    // In the applicant's language: the French greeting of the messages, with their name.
    const greeting = fr.applicationMail.confirmationBody.split('{name}')[0]!
    expect(confirmation.body.startsWith(`${greeting}${data.representative}`)).toBe(true)
  })

  it('keeps mail in the outbox without SMTP, retries after a failure, and sends it when SMTP works', async () => {
    const { application } = await submit({ locale: 'ar' })
    expect(await deliverDueMail(db, undefined)).toEqual({ sent: 0, failed: 0 })

    const down: MailSettings = {
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      secretariat: 'sec@example.org',
      from: 'sec@example.org',
    }
    const failed = await deliverDueMail(db, down)
    expect(failed.sent).toBe(0)
    expect(failed.failed).toBeGreaterThanOrEqual(2)
    const waiting = await listOutbox(db, { applicationId: application.id })
    expect(waiting.every((m) => m.sentAt === null && m.attempts === 1 && m.lastError && m.nextAttemptAt > new Date())).toBe(true)
    expect(await getApplication(db, application.id)).toBeDefined()

    await makeUnsentDue(db)
    const before = smtp.received.length
    const up: MailSettings = { smtpUrl: smtp.url, secretariat: 'sec@example.org', from: 'sec@example.org' }
    const report = await deliverDueMail(db, up)
    expect(report.failed).toBe(0)
    const got = smtp.received.slice(before)
    const toApplicant = got.find((m) => m.to.includes(application.email))!
    expect(toApplicant.subject).toContain(application.reference)
    expect(toApplicant.language).toBe('ar')
    expect(toApplicant.text).toContain('أمانة')
    expect(got.some((m) => m.to.includes('sec@example.org') && m.subject.includes(application.reference))).toBe(true)
    expect((await listOutbox(db, { applicationId: application.id })).every((m) => m.sentAt)).toBe(true)
    expect((await deliverDueMail(db, up)).sent).toBe(0)
  })

  it('changes status, keeps notes and queues one decision mail, each in the audit log', async () => {
    const staff = await upsertStaff(
      db,
      { email: `${unique('sec')}@example.org`, role: 'secretariat', password: 'a-long-password' },
      { id: null, email: 'test' },
    )
    const actor = { id: staff.id, email: 'sec@example.org' }
    const { application } = await submit({ locale: 'es' })
    expect(await setApplicationStatus(db, application.id, 'under-review', actor)).toBe(true)
    expect(await setApplicationStatus(db, application.id, 'accepted', actor)).toBe(true)
    expect(await setApplicationStatus(db, 999_999_999, 'accepted', actor)).toBe(false)
    const key = unique('note')
    await addApplicationNote(db, { applicationId: application.id, requestKey: key, author: actor, body: 'Called them.' })
    await addApplicationNote(db, { applicationId: application.id, requestKey: key, author: actor, body: 'Called them.' })
    expect(await applicationNotes(db, application.id)).toHaveLength(1)

    const accepted = (await getApplication(db, application.id))!
    const mail = await decisionMail(accepted, 'accepted', 'secretariat@example.org')
    expect(mail.subject).toContain('aceptada')
    expect(await queueDecisionMail(db, accepted, mail, actor)).toBe(true)
    expect(await queueDecisionMail(db, accepted, mail, actor)).toBe(false)

    const entries = await db.select().from(auditLog).where(eq(auditLog.target, application.reference))
    expect(entries.map((e) => e.action).sort()).toEqual([
      'application-decision-queued',
      'application-note-added',
      'application-status-changed',
      'application-status-changed',
    ])
    expect(entries.find((e) => e.detail?.to === 'accepted')?.detail).toEqual({ from: 'under-review', to: 'accepted' })
  })

  it('filters, exports CSV safe for spreadsheets, and deletes on request with its mails', async () => {
    const actor = { id: null as unknown as string, email: 'sec@example.org' }
    const { application } = await submit({ organisation: `=HYPERLINK("x") ${unique('Org')}` })
    expect((await listApplications(db, { search: application.organisation.slice(-12) })).map((a) => a.id)).toEqual([application.id])
    expect((await listApplications(db, { status: 'withdrawn', search: application.organisation })).length).toBe(0)
    // A % is a character to find, not a wildcard.
    expect(await listApplications(db, { search: '%' })).toHaveLength(0)
    const csvText = await applicationsCsv(db, { search: application.reference }, actor)
    const [header, row] = csvLines(csvText)
    expect(header).toBe(
      'reference,received,status,organisation,kind,country,website,representative,email,phone,criteria,statement,language,list_representative',
    )
    expect(row).toContain(`"'=HYPERLINK(""x"")`)

    expect(await deleteApplication(db, application.id, actor)).toBe(true)
    expect(await getApplication(db, application.id)).toBeUndefined()
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.applicationId, application.id))).toHaveLength(0)
    expect(await deleteApplication(db, application.id, actor)).toBe(false)
  })
})
