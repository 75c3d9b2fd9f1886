// The whole database: Better Auth's tables (user, session, account,
// verification, rateLimit, with the admin plugin's role/ban columns) and the
// desk's own. Changing this file means `npx drizzle-kit generate` and
// committing the migration it writes to lib/db/migrations/.
import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role'),
  banned: boolean('banned').default(false),
  banReason: text('ban_reason'),
  banExpires: timestamp('ban_expires', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
})

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('session_user_id_idx').on(t.userId)],
)

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('account_user_id_idx').on(t.userId)],
)

export const verification = pgTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
)

// Better Auth's rate limiter, kept here so every instance counts together.
export const rateLimit = pgTable('rate_limit', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
})

// Failed sign-ins (lib/db/queries/sign-in-failures.ts), counted per key:
// one staff account from one network address (hashed), one account from
// anywhere, and attempts on addresses with no account, per hour. No e-mail
// address is stored: an account is named by its id.
export const signInFailure = pgTable('sign_in_failure', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
})

// Who did what, when. Append-only: a trigger (migration 0001) refuses
// UPDATE and DELETE, so not even a bug in the desk can rewrite history.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    target: text('target'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
)

// Staff notes: the desk's first write path. requestKey makes a resubmitted
// form (a retry after a lost answer) land once.
export const staffNote = pgTable(
  'staff_note',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestKey: text('request_key').notNull().unique(),
    // The address is kept so a note outlives its author's account.
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    authorEmail: text('author_email').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('staff_note_body_length', sql`char_length(${t.body}) between 1 and 4000`)],
)

// Values every instance must agree on and nobody has to configure, such as
// the key that signs session cookies (unless BETTER_AUTH_SECRET is set).
export const appSetting = pgTable('app_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

// Public forms' rate limits (lib/forms/rate-limit.ts): one counter per
// hashed key and window, shared by every instance, deleted once its window
// has passed. `subject` is the keyed hash of the e-mail address a counter
// is about (lib/privacy), so a privacy request finds it.
export const formRateLimit = pgTable(
  'form_rate_limit',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
    windowSeconds: integer('window_seconds').notNull().default(3600),
    count: integer('count').notNull().default(0),
    subject: text('subject'),
  },
  (t) => [index('form_rate_limit_subject_idx').on(t.subject)],
)

// Public comments on a consultation (a publication with `consultation:` in
// its front matter, named by its slug). `submission` is the id the form
// carried: the same form sent twice is stored once. The e-mail address is
// never published; the language is the one the commenter wrote from.
// `point` is the numbered point of the statement it is about (its anchor
// #point-N, lib/content/points.ts); null is the whole draft, as for every
// comment made before points existed.
export const consultationComment = pgTable(
  'consultation_comment',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    submission: uuid('submission').notNull().unique(),
    consultation: text('consultation').notNull(),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    email: text('email').notNull(),
    body: text('body').notNull(),
    point: integer('point'),
    status: text('status', { enum: ['pending', 'published', 'rejected'] })
      .notNull()
      .default('pending'),
    createdAt: createdAt(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by'),
  },
  (t) => [
    check('consultation_comment_status', sql`${t.status} in ('pending', 'published', 'rejected')`),
    check('consultation_comment_body_length', sql`char_length(${t.body}) between 1 and 10000`),
    check('consultation_comment_point', sql`${t.point} >= 1`),
    // The public pages and the queue read one consultation's comments of one status in id order.
    index('consultation_comment_queue_idx').on(t.consultation, t.status, t.id),
    index('consultation_comment_email_idx').on(sql`lower(${t.email})`),
  ],
)

// Membership applications (lib/db/queries/applications.ts). `submission` is
// the id the rendered form carried: a double submit finds the row already
// there. Locale is the applicant's language, for the mails they receive.
export const applicationStatuses = ['received', 'under-review', 'accepted', 'declined', 'withdrawn'] as const
export type ApplicationStatus = (typeof applicationStatuses)[number]
export const organisationKinds = ['commercial-entity', 'trade-association'] as const
export type OrganisationKind = (typeof organisationKinds)[number]

export const membershipApplication = pgTable(
  'membership_application',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reference: text('reference').notNull().unique(),
    submission: text('submission').notNull().unique(),
    locale: text('locale').notNull(),
    organisation: text('organisation').notNull(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    country: text('country').notNull(),
    website: text('website').notNull(),
    representative: text('representative').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    criteria: jsonb('criteria').$type<string[]>().notNull(),
    statement: text('statement').notNull(),
    // Consent to the representative's name being listed on the public member list.
    listRepresentative: boolean('list_representative').notNull().default(false),
    status: text('status').$type<ApplicationStatus>().notNull().default('received'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('membership_application_status_idx').on(t.status, t.createdAt),
    check('membership_application_statement_length', sql`char_length(${t.statement}) between 1 and 5000`),
    check('membership_application_status', sql`${t.status} in ('received', 'under-review', 'accepted', 'declined', 'withdrawn')`),
    check('membership_application_kind', sql`${t.kind} in ('commercial-entity', 'trade-association')`),
  ],
)

export const applicationNote = pgTable(
  'application_note',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: bigint('application_id', { mode: 'number' })
      .notNull()
      .references(() => membershipApplication.id, { onDelete: 'cascade' }),
    requestKey: text('request_key').notNull().unique(),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    authorEmail: text('author_email').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('application_note_application_idx').on(t.applicationId),
    check('application_note_body_length', sql`char_length(${t.body}) between 1 and 4000`),
  ],
)

// Alerts (lib/alerts, lib/db/queries/alerts.ts). A subscription is one
// address with its topics and language; `token` is in every link of every
// mail it receives (confirm, manage, unsubscribe) and acts on this row only.
// Nothing but its confirmation is mailed before `confirmedAt`.
export const alertTopics = ['calls', 'consultations'] as const
export type AlertTopic = (typeof alertTopics)[number]

export const alertSubscription = pgTable(
  'alert_subscription',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    token: text('token').notNull().unique(),
    email: text('email').notNull(),
    locale: text('locale').notNull(),
    topics: text('topics').array().$type<AlertTopic[]>().notNull(),
    confirmationSentAt: timestamp('confirmation_sent_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('alert_subscription_email_idx').on(sql`lower(${t.email})`),
    check('alert_subscription_topics', sql`${t.topics} <@ array['calls', 'consultations']::text[] and cardinality(${t.topics}) > 0`),
  ],
)

// One announcement: a call for participants (`subject` is the working
// group's slug) or a consultation (the publication's slug) that reached
// `opensAt`. Unique, so every instance that sees it open names the same
// row; it goes to the subscriptions confirmed before `createdAt`, and
// `queuedAt` is set once each of them has its message in the outbox.
export const alert = pgTable(
  'alert',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    topic: text('topic').$type<AlertTopic>().notNull(),
    subject: text('subject').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('alert_announcement_idx').on(t.topic, t.subject, t.opensAt),
    check('alert_topic', sql`${t.topic} in ('calls', 'consultations')`),
  ],
)

// "I would like to take part": answers to a working group's call for
// participants, named by the group's slug and the call's opening moment.
export const callResponse = pgTable(
  'call_response',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    submission: uuid('submission').notNull().unique(),
    workingGroup: text('working_group').notNull(),
    callOpensAt: timestamp('call_opens_at', { withTimezone: true }).notNull(),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    email: text('email').notNull(),
    message: text('message'),
    createdAt: createdAt(),
  },
  (t) => [
    index('call_response_call_idx').on(t.workingGroup, t.callOpensAt, t.id),
    index('call_response_email_idx').on(sql`lower(${t.email})`),
    check('call_response_message_length', sql`char_length(${t.message}) <= 4000`),
  ],
)

// Mail waiting to be sent (lib/db/queries/outbox.ts, lib/mail). A message is
// written with the change that causes it and sent afterwards, so a mail
// server that is down or not configured never loses an application. A null
// recipient means the Secretariat (SECRETARIAT_EMAIL when it is sent).
// `key` makes the same message (a retried decision) queued once.
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull().unique(),
    applicationId: bigint('application_id', { mode: 'number' }).references(() => membershipApplication.id, { onDelete: 'cascade' }),
    // An alert's message to one subscription (the key is alert:<alert>:<subscription>,
    // so each subscription gets each alert once). Unsubscribing deletes what
    // is not yet sent; what was sent stays counted for the alert.
    alertId: bigint('alert_id', { mode: 'number' }).references(() => alert.id, { onDelete: 'cascade' }),
    subscriptionId: bigint('subscription_id', { mode: 'number' }).references(() => alertSubscription.id, { onDelete: 'set null' }),
    callResponseId: bigint('call_response_id', { mode: 'number' }).references(() => callResponse.id, { onDelete: 'cascade' }),
    recipient: text('recipient'),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    // The same message as HTML, and extra headers (List-Unsubscribe).
    html: text('html'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    // Sent at ALERT_RATE by the alert worker rather than at once, so that a
    // thousand alerts never hold up a confirmation or the Secretariat's mail.
    paced: boolean('paced').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.sentAt, t.nextAttemptAt),
    index('mail_outbox_unsent_idx').on(t.paced, t.nextAttemptAt, t.id).where(sql`${t.sentAt} is null`),
    index('mail_outbox_alert_idx').on(t.alertId),
    // Unsubscribing and deleting a subscription or an answer find their mail by these.
    index('mail_outbox_subscription_idx').on(t.subscriptionId),
    index('mail_outbox_call_response_idx').on(t.callResponseId),
  ],
)

// Members of the constituency (lib/db/queries/members.ts): admitted from an
// accepted application or entered by hand. The organisation of a member in
// good standing is listed publicly; the representative's name only with
// `listRepresentative`. A privacy request clears the representative's name
// and address (both then null) and leaves the organisation listed.
export const memberStandings = ['good-standing', 'lapsed', 'resigned'] as const
export type MemberStanding = (typeof memberStandings)[number]

export const member = pgTable(
  'member',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // The application it was admitted from: admitting it twice finds this row.
    applicationId: bigint('application_id', { mode: 'number' })
      .unique()
      .references(() => membershipApplication.id, { onDelete: 'set null' }),
    organisation: text('organisation').notNull(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    country: text('country').notNull(),
    website: text('website').notNull(),
    representative: text('representative'),
    email: text('email'),
    listRepresentative: boolean('list_representative').notNull().default(false),
    memberSince: date('member_since').notNull(),
    standing: text('standing').$type<MemberStanding>().notNull().default('good-standing'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('member_standing_idx').on(t.standing),
    index('member_email_idx').on(sql`lower(${t.email})`),
    check('member_standing', sql`${t.standing} in ('good-standing', 'lapsed', 'resigned')`),
    check('member_kind', sql`${t.kind} in ('commercial-entity', 'trade-association')`),
  ],
)

// The constituency's officers (lib/members/officers.ts): a member's
// representative in a role for a term. The holder's name and address are
// copied, so a past officer stays named when the member's representative
// changes, and a privacy request about that address finds the entry.
export const officerRoles = ['chair', 'gnso-councillor', 'csg-executive', 'csg-executive-alternate'] as const
export type OfficerRole = (typeof officerRoles)[number]

export const officer = pgTable(
  'officer',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => member.id, { onDelete: 'cascade' }),
    role: text('role').$type<OfficerRole>().notNull(),
    holder: text('holder').notNull(),
    holderEmail: text('holder_email'),
    termStart: date('term_start').notNull(),
    termEnd: date('term_end').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('officer_term_idx').on(t.termEnd, t.termStart),
    index('officer_holder_email_idx').on(sql`lower(${t.holderEmail})`),
    check('officer_role', sql`${t.role} in ('chair', 'gnso-councillor', 'csg-executive', 'csg-executive-alternate')`),
    check('officer_term', sql`${t.termEnd} >= ${t.termStart}`),
  ],
)
