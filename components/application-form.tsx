'use client'

import { useActionState, useEffect, useRef } from 'react'
import { controlClass, FormField } from '@/components/forms/form-field'
import { FormStatus } from '@/components/forms/form-status'
import { HoneypotField } from '@/components/forms/honeypot-field'
import type { ApplicationField } from '@/lib/applications'
import type { Criterion } from '@/lib/eligibility'
import type { FormState } from '@/lib/forms/validation'
import type { ApplicationText } from './application-text'
import { SUBMISSION_FIELD } from '@/lib/forms/submission'

type State = FormState<ApplicationField>

interface ApplicationFormProps {
  action: (state: State, data: FormData) => Promise<State>
  // The page's address, where the form posts (see components/forms/action-form.tsx).
  permalink: string
  submission: string
  text: ApplicationText
  criteria: readonly Criterion[]
  ticked: readonly string[]
  declaration: string
  countries: { code: string; name: string }[]
  maxLength: { organisation: number; website: number; representative: number; email: number; phone: number; statement: number }
  // Set when the criteria and the declaration are the English fallback.
  lang?: string
  dir?: 'ltr' | 'rtl'
}

const value = (state: State, field: ApplicationField) => {
  const v = state.values[field]
  return typeof v === 'string' ? v : undefined
}

export function ApplicationForm({
  action,
  permalink,
  submission,
  text,
  criteria,
  ticked,
  declaration,
  countries,
  maxLength,
  lang,
  dir,
}: ApplicationFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle', values: {}, errors: {} }, permalink)
  const summary = useRef<HTMLDivElement>(null)
  // With JavaScript on, a refused form does not reload: bring the problem
  // into view and focus, as a new page would. (A stored application
  // redirects to its confirmation: components/application-received.tsx.)
  useEffect(() => {
    if (state.status !== 'idle') summary.current?.focus()
  }, [state])

  const e = state.errors
  const sentCriteria = Array.isArray(state.values.criteria) ? state.values.criteria : state.status === 'idle' ? ticked : []
  const describedBy = (field: ApplicationField) => (e[field] ? `${field}-error` : undefined)
  const fieldError = (field: ApplicationField) =>
    e[field] && (
      <p id={`${field}-error`} className="mt-1 text-sm font-semibold text-red-800">
        {e[field]}
      </p>
    )
  const input = (field: 'organisation' | 'website' | 'representative' | 'email' | 'phone', type = 'text', autoComplete?: string) => (
    <input
      type={type}
      name={field}
      defaultValue={value(state, field)}
      maxLength={maxLength[field]}
      autoComplete={autoComplete}
      className={controlClass}
      dir={type === 'text' ? 'auto' : 'ltr'}
    />
  )
  const groups = (['activity', 'required'] as const).map((group) => ({ group, items: criteria.filter((c) => c.group === group) }))

  return (
    <form action={formAction} noValidate className="mt-6" key={state.status === 'invalid' ? JSON.stringify(state.values) : 'form'}>
      <div ref={summary} tabIndex={-1} className="outline-none">
        <FormStatus state={state} problemHeading={state.message ?? ''} labels={text.labels} colon={text.colon} />
      </div>
      <p className="mt-4 text-slate-700">{text.hints.required}</p>
      <input type="hidden" name={SUBMISSION_FIELD} value={submission} />
      <HoneypotField label="Fax" />
      <FormField name="organisation" label={text.labels.organisation} error={e.organisation}>
        {input('organisation', 'text', 'organization')}
      </FormField>
      <fieldset className="mt-5" aria-describedby={describedBy('kind')}>
        <legend className="font-semibold">{text.labels.kind}</legend>
        {fieldError('kind')}
        {(['commercial-entity', 'trade-association'] as const).map((kind, i) => (
          <div key={kind} className="mt-2 flex items-center gap-3">
            <input
              type="radio"
              id={i === 0 ? 'kind' : `kind-${kind}`}
              name="kind"
              value={kind}
              defaultChecked={value(state, 'kind') === kind}
              aria-invalid={e.kind ? true : undefined}
              className="size-5 accent-brand-800"
            />
            <label htmlFor={i === 0 ? 'kind' : `kind-${kind}`}>{text.kinds[kind]}</label>
          </div>
        ))}
      </fieldset>
      <FormField name="country" label={text.labels.country} error={e.country}>
        <select name="country" defaultValue={value(state, 'country') ?? ''} autoComplete="country" className={controlClass}>
          <option value="">{text.countryChoose}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="website" label={text.labels.website} hint={text.hints.website} error={e.website}>
        {input('website', 'url', 'url')}
      </FormField>
      <FormField name="representative" label={text.labels.representative} hint={text.hints.representative} error={e.representative}>
        {input('representative', 'text', 'name')}
      </FormField>
      <FormField name="email" label={text.labels.email} error={e.email}>
        {input('email', 'email', 'email')}
      </FormField>
      <FormField name="phone" label={text.labels.phone} error={e.phone}>
        {input('phone', 'tel', 'tel')}
      </FormField>
      <div className="mt-6 flex items-start gap-3">
        <input
          type="checkbox"
          id="listRepresentative"
          name="listRepresentative"
          value="yes"
          defaultChecked={value(state, 'listRepresentative') === 'yes'}
          aria-describedby="listRepresentative-hint"
          className="mt-1 size-5 shrink-0 accent-brand-800"
        />
        <div>
          <label htmlFor="listRepresentative" className="font-semibold">
            {text.labels.listRepresentative}
          </label>
          <p id="listRepresentative-hint" className="mt-1 text-sm text-slate-700">
            {text.hints.listRepresentative}
          </p>
        </div>
      </div>
      <fieldset className="mt-6" aria-describedby={describedBy('criteria')}>
        <legend className="font-semibold">{text.labels.criteria}</legend>
        {fieldError('criteria')}
        {groups.map(({ group, items }) =>
          items.length ? (
            <fieldset key={group} className="mt-3">
              <legend className="font-medium text-brand-900">{text.groups[group]}</legend>
              <ul className="mt-2 space-y-3">
                {items.map((c, i) => {
                  const id = group === 'activity' && i === 0 ? 'criteria' : `criteria-${c.id}`
                  return (
                    <li key={c.id} className="flex items-start gap-3">
                      <input
                        type="checkbox"
                        id={id}
                        name="criteria"
                        value={c.id}
                        defaultChecked={sentCriteria.includes(c.id)}
                        className="mt-1 size-5 shrink-0 accent-brand-800"
                      />
                      <label htmlFor={id} lang={lang} dir={dir}>
                        {c.label}
                      </label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          ) : null,
        )}
      </fieldset>
      <FormField name="statement" label={text.labels.statement} hint={text.hints.statement} error={e.statement}>
        <textarea
          name="statement"
          rows={8}
          defaultValue={value(state, 'statement')}
          maxLength={maxLength.statement}
          className={controlClass}
          dir="auto"
        />
      </FormField>
      <fieldset className="mt-6" aria-describedby={describedBy('declaration')}>
        <legend className="font-semibold">{text.labels.declaration}</legend>
        {fieldError('declaration')}
        <div className="mt-2 flex items-start gap-3">
          <input
            type="checkbox"
            id="declaration"
            name="declaration"
            value="yes"
            defaultChecked={value(state, 'declaration') === 'yes'}
            aria-invalid={e.declaration ? true : undefined}
            className="mt-1 size-5 shrink-0 accent-brand-800"
          />
          <label htmlFor="declaration" lang={lang} dir={dir}>
            {declaration}
          </label>
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="mt-8 rounded bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {pending ? text.sending : text.submit}
      </button>
    </form>
  )
}
