'use client'

import { type ReactNode, useActionState } from 'react'
import { controlClass, FormField } from '@/components/forms/form-field'
import { FormStatus } from '@/components/forms/form-status'
import { HoneypotField } from '@/components/forms/honeypot-field'
import type { SubscribeField } from '@/lib/alerts/subscription'
import type { AlertTopic } from '@/lib/db/schema'
import { SUBMISSION_FIELD } from '@/lib/forms/submission'
import { type FormState, idleState } from '@/lib/forms/validation'
import { ConsentField } from './consent-field'
import { TopicChoices } from './topic-choices'

export type SubscribeState = FormState<SubscribeField>

export interface SubscribeFormText {
  labels: Record<SubscribeField, string>
  topics: Record<AlertTopic, string>
  emailHint: string
  consentHint: ReactNode
  honeypot: string
  submit: string
  problem: string
  colon: string
}

interface SubscribeFormProps {
  action: (state: SubscribeState, data: FormData) => Promise<SubscribeState>
  /** The page's address, where the form posts (see components/forms/action-form.tsx). */
  permalink: string
  submission: string
  /** Topics ticked when the page opens (?topic= from the page that linked here). */
  ticked: readonly string[]
  text: SubscribeFormText
}

const value = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)

// With JavaScript off, the browser posts the form and Next renders this page
// again with the action's answer; with it on, React does the same in place.
export function SubscribeForm({ action, permalink, submission, ticked, text }: SubscribeFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState<SubscribeField>(), permalink)
  const { labels } = text
  const checked = Array.isArray(state.values.topics) ? state.values.topics : ticked
  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl">
      <FormStatus state={state} problemHeading={text.problem} labels={labels} colon={text.colon} />
      <input type="hidden" name={SUBMISSION_FIELD} value={submission} />
      <HoneypotField label={text.honeypot} />
      <FormField name="email" label={labels.email} hint={text.emailHint} error={state.errors.email}>
        <input
          type="email"
          name="email"
          autoComplete="email"
          maxLength={320}
          required
          defaultValue={value(state.values.email)}
          className={controlClass}
        />
      </FormField>
      <TopicChoices legend={labels.topics} labels={text.topics} checked={checked} error={state.errors.topics} />
      <ConsentField label={labels.consent} hint={text.consentHint} error={state.errors.consent} checked={state.values.consent === 'yes'} />
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {text.submit}
      </button>
    </form>
  )
}
