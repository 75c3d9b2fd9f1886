'use client'

import { type ReactNode, useActionState } from 'react'
import { controlClass, FormField } from '@/components/forms/form-field'
import { FormStatus } from '@/components/forms/form-status'
import { HoneypotField } from '@/components/forms/honeypot-field'
import type { CommentField, CommentState } from '@/lib/consultations/comment-form'
import { SUBMISSION_FIELD } from '@/lib/forms/submission'
import { idleState } from '@/lib/forms/validation'

export interface CommentFormText {
  heading: string
  intro: string
  labels: Record<CommentField, string>
  optional: string
  /** The choices of the `point` field after "The whole draft"; none when the statement has no numbered points. */
  wholeDraft: string
  points: { value: string; label: string }[]
  emailHint: string
  commentHint: string
  consentHint: ReactNode
  honeypot: string
  submit: string
  problem: string
  colon: string
}

interface CommentFormProps {
  /** False once the consultation has closed: the form then shows only to say why a late one was refused. */
  open: boolean
  action: (state: CommentState, data: FormData) => Promise<CommentState>
  /** The page's address, where the form posts (see components/forms/action-form.tsx). */
  permalink: string
  /** Made when the page was rendered: the same form sent twice is stored once. */
  submission: string
  maxLength: number
  /** The point chosen by the link that led here (?point=3). */
  point?: number
  text: CommentFormText
}

const value = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)

// With JavaScript off, the browser posts the form and Next renders this page
// again with the action's answer; with it on, React does the same in place.
export function CommentForm({ open, action, permalink, submission, maxLength, point, text }: CommentFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState<CommentField>(), permalink)
  const { labels } = text
  // A form opened before the close and sent after it: the page now shows the
  // consultation closed, and this keeps the refusal and the visitor's text.
  if (!open && state.status === 'idle') return null
  return (
    <section aria-labelledby="comment-form-heading" className="mt-10 max-w-2xl">
      <h2 id="comment-form-heading" className="text-2xl font-bold">
        {text.heading}
      </h2>
      <p className="mt-2">{text.intro}</p>
      <form action={formAction} noValidate className="mt-4">
        <FormStatus state={state} problemHeading={text.problem} labels={labels} colon={text.colon} />
        <input type="hidden" name={SUBMISSION_FIELD} value={submission} />
        <HoneypotField label={text.honeypot} />
        <FormField name="name" label={labels.name} error={state.errors.name}>
          <input
            type="text"
            name="name"
            autoComplete="name"
            maxLength={200}
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
            maxLength={200}
            defaultValue={value(state.values.organisation)}
            className={controlClass}
          />
        </FormField>
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
        {text.points.length > 0 && (
          <FormField name="point" label={labels.point} error={state.errors.point}>
            <select name="point" defaultValue={value(state.values.point) ?? (point ? String(point) : '')} className={controlClass}>
              <option value="">{text.wholeDraft}</option>
              {text.points.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </FormField>
        )}
        <FormField name="comment" label={labels.comment} hint={text.commentHint} error={state.errors.comment}>
          <textarea
            name="comment"
            rows={10}
            maxLength={maxLength}
            required
            defaultValue={value(state.values.comment)}
            dir="auto"
            className={controlClass}
          />
        </FormField>
        <div className="mt-5">
          {state.errors.consent && (
            <p id="consent-error" className="text-sm font-semibold text-red-800">
              {state.errors.consent}
            </p>
          )}
          <div className="mt-1 flex items-start gap-3">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="yes"
              required
              defaultChecked={state.values.consent === 'yes'}
              aria-invalid={state.errors.consent ? true : undefined}
              aria-describedby={['consent-hint', state.errors.consent && 'consent-error'].filter(Boolean).join(' ')}
              className="mt-1 size-5"
            />
            <label htmlFor="consent">{labels.consent}</label>
          </div>
          <p id="consent-hint" className="mt-1 ms-8 text-sm text-slate-700">
            {text.consentHint}
          </p>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="mt-6 rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
        >
          {text.submit}
        </button>
      </form>
    </section>
  )
}
