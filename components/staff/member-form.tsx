'use client'

import { type ReactNode, useActionState } from 'react'
import type { FormState } from '@/lib/auth/forms'
import type { MemberField } from '@/lib/members/record'

export type MemberFormState = FormState<MemberField>

interface MemberFormProps {
  action: (state: MemberFormState, data: FormData) => Promise<MemberFormState>
  // The page's address, where the form posts (see components/forms/action-form.tsx).
  permalink: string
  // The member as stored (editing), or the defaults of a new one.
  initial: Partial<Record<MemberField, string>>
  memberId?: number
  countries: { code: string; name: string }[]
  kinds: { value: string; label: string }[]
  standings: { value: string; label: string }[]
  submit: string
}

const control = 'mt-1 block w-full rounded border border-slate-400 px-3 py-2'

// The desk's member record, with each problem under its field and the
// input kept when the server refuses it (JavaScript or not).
export function MemberForm({ action, permalink, initial, memberId, countries, kinds, standings, submit }: MemberFormProps) {
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {} }, permalink)
  const sent = Object.keys(state.values).length > 0
  const value = (field: MemberField) => (sent ? state.values[field] : initial[field]) ?? ''
  const field = (name: MemberField, label: string, control: ReactNode, hint?: string) => {
    const error = state.errors[name]
    return (
      <div className="mt-4">
        <label htmlFor={name} className="block font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${name}-hint`} className="text-sm text-slate-700">
            {hint}
          </p>
        )}
        {control}
        {error && (
          <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </div>
    )
  }
  const described = (name: MemberField, hint = false) =>
    ({
      id: name,
      name,
      'aria-invalid': state.errors[name] ? true : undefined,
      'aria-describedby': [hint && `${name}-hint`, state.errors[name] && `${name}-error`].filter(Boolean).join(' ') || undefined,
    }) as const
  const text = (name: MemberField, type = 'text') => (
    <input type={type} defaultValue={value(name)} className={control} dir={type === 'text' ? 'auto' : 'ltr'} {...described(name)} />
  )
  return (
    // The key resets the fields to what was sent when the server answers.
    <form action={formAction} noValidate className="mt-6 max-w-xl" key={JSON.stringify(state.values)}>
      {state.errors.form && (
        <p role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-red-900">
          {state.errors.form}
        </p>
      )}
      {memberId && <input type="hidden" name="id" value={memberId} />}
      {field('organisation', 'Organisation', text('organisation'))}
      {field(
        'kind',
        'Kind',
        <select defaultValue={value('kind')} className={control} {...described('kind')}>
          <option value="">Choose</option>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>,
      )}
      {field(
        'country',
        'Country',
        <select defaultValue={value('country')} className={control} {...described('country')}>
          <option value="">Choose a country</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>,
      )}
      {field('website', 'Website', text('website', 'url'))}
      {field('representative', "Representative's name", text('representative'))}
      {field('email', "Representative's e-mail address", text('email', 'email'))}
      <div className="mt-4 flex items-start gap-2">
        <input
          type="checkbox"
          id="listRepresentative"
          name="listRepresentative"
          value="yes"
          defaultChecked={value('listRepresentative') === 'yes'}
          aria-describedby="listRepresentative-hint"
          className="mt-1 size-5"
        />
        <div>
          <label htmlFor="listRepresentative" className="font-medium">
            The representative consents to their name being listed publicly
          </label>
          <p id="listRepresentative-hint" className="text-sm text-slate-700">
            Only with the representative's consent (the application form asks for it; it can change later on request).
          </p>
        </div>
      </div>
      {field('memberSince', 'Member since', text('memberSince', 'date'))}
      {field(
        'standing',
        'Standing',
        <select defaultValue={value('standing')} className={control} {...described('standing', true)}>
          {standings.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>,
        'Only members in good standing are listed on the public member list.',
      )}
      <button type="submit" disabled={pending} className="mt-6 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        {submit}
      </button>
    </form>
  )
}
