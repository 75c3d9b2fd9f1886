// The alert forms' contract: subscribing (`email`, `topics`, `consent`) and
// managing a subscription (`topics`, `locale`). Each problem is a message
// key of the `alerts` namespace, translated by the action.
import { z } from 'zod'
import { type AlertTopic, alertTopics } from '../db/schema'
import { emailAddress, fieldErrors, formValues } from '../forms/validation'
import { isLocale, type Locale } from '../i18n/config'

export const subscribeFields = ['email', 'topics', 'consent'] as const
export type SubscribeField = (typeof subscribeFields)[number]
export const manageFields = ['topics', 'locale'] as const
export type ManageField = (typeof manageFields)[number]

export const EMAIL_MAX_LENGTH = 320

const topics = z
  .array(z.string())
  .refine((list) => list.length > 0, 'errorTopics')
  .refine((list) => list.every((t) => (alertTopics as readonly string[]).includes(t)), 'errorTopics')
  .transform((list) => alertTopics.filter((t) => list.includes(t)))

const subscribeSchema = z.object({
  email: emailAddress(EMAIL_MAX_LENGTH),
  topics,
  consent: z.literal('yes', 'errorConsent'),
})

const manageSchema = z.object({
  topics,
  locale: z.string().refine(isLocale, 'errorLocale'),
})

type Check<F extends string, T> =
  | { ok: true; input: T }
  | { ok: false; errors: Partial<Record<F, string>>; values: Partial<Record<F, string | string[]>> }

const sentTopics = (data: FormData) =>
  data
    .getAll('topics')
    .filter((v): v is string => typeof v === 'string')
    .slice(0, 10)

export function checkSubscribe(data: FormData): Check<SubscribeField, { email: string; topics: AlertTopic[] }> {
  const values: Partial<Record<SubscribeField, string | string[]>> = formValues(data, ['email', 'consent'], EMAIL_MAX_LENGTH + 100)
  values.topics = sentTopics(data)
  const parsed = subscribeSchema.safeParse({
    email: data.get('email') ?? '',
    topics: values.topics,
    consent: data.get('consent') ?? undefined,
  })
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, subscribeFields), values }
  return { ok: true, input: { email: parsed.data.email, topics: parsed.data.topics } }
}

export function checkManage(data: FormData): Check<ManageField, { topics: AlertTopic[]; locale: Locale }> {
  const values: Partial<Record<ManageField, string | string[]>> = formValues(data, ['locale'], 20)
  values.topics = sentTopics(data)
  const parsed = manageSchema.safeParse({ topics: values.topics, locale: data.get('locale') ?? '' })
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, manageFields), values }
  return { ok: true, input: { topics: parsed.data.topics, locale: parsed.data.locale as Locale } }
}
