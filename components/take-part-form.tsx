'use client'

import { type ReactNode, useActionState } from 'react'
import { ConsentField } from '@/components/alerts/consent-field'
import { controlClass, FormField } from '@/components/forms/form-field'
import { FormStatus } from '@/components/forms/form-status'
import { HoneypotField } from '@/components/forms/honeypot-field'
import type { TakePartField } from '@/lib/alerts/take-part'
import { SUBMISSION_FIELD } from '@/lib/forms/submission'
import { type FormState, idleState } from '@/lib/forms/validation'

export type TakePartState = FormState<TakePartField>

export interface TakePartText {
  labels: Record<TakePartField, string>
  optional: string
  emailHint: string
  messageHint: string
  consentHint: ReactNode
  honeypot: string
  submit: string
  problem: string
  colon: string
}

interface TakePartFormProps {
  action: (state: TakePartState, data: FormData) => Promise<TakePartState>
  permalink: string
  submission: string
  maxLength: { name: number; organisation: number; email: number; message: number }
  text: TakePartText
}

const value = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)

// "I would like to take part": works without JavaScript (the page is posted
// and rendered again with the answer), and in place with it.
export function TakePartForm({ action, permalink, submission, maxLength, text }: TakePartFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState<TakePartField>(), permalink)
  const { labels } = text
  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl">
      <FormStatus state={state} problemHeading={text.problem} labels={labels} colon={text.colon} />
      <input type="hidden" name={SUBMISSION_FIELD} value={submission} />
      <HoneypotField label={text.honeypot} />
      <FormField name="name" label={labels.name} error={state.errors.name}>
        <input
          type="text"
          name="name"
          autoComplete="name"
          maxLength={maxLength.name}
          required
          defaultValue={value(state.values.name)}
          className={controlClass}
        />
      </FormField>
      <FormField name="organisation" label={labels.organisation} optional={text.optional} error={state.errors.organisation}>
        <input
          type="text"
          name="organisation"
          autoComplete="organization"
          maxLength={maxLength.organisation}
          defaultValue={value(state.values.organisation)}
          className={controlClass}
        />
      </FormField>
      <FormField name="email" label={labels.email} hint={text.emailHint} error={state.errors.email}>
        <input
          type="email"
          name="email"
          autoComplete="email"
          maxLength={maxLength.email}
          required
          defaultValue={value(state.values.email)}
          className={controlClass}
        />
      </FormField>
      <FormField name="message" label={labels.message} optional={text.optional} hint={text.messageHint} error={state.errors.message}>
        <textarea
          name="message"
          rows={6}
          maxLength={maxLength.message}
          defaultValue={value(state.values.message)}
          dir="auto"
          className={controlClass}
        />
      </FormField>
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
