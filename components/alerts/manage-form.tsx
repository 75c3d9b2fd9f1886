'use client'

import { useActionState } from 'react'
import { controlClass, FormField } from '@/components/forms/form-field'
import { FormStatus } from '@/components/forms/form-status'
import type { ManageField } from '@/lib/alerts/subscription'
import { TOKEN_PARAM } from '@/lib/alerts/paths'
import type { AlertTopic } from '@/lib/db/schema'
import { type FormState, idleState } from '@/lib/forms/validation'
import { TopicChoices } from './topic-choices'

export type ManageState = FormState<ManageField>

interface ManageFormProps {
  action: (state: ManageState, data: FormData) => Promise<ManageState>
  permalink: string
  token: string
  topics: readonly string[]
  locale: string
  languages: { code: string; name: string }[]
  text: { labels: Record<ManageField, string>; topics: Record<AlertTopic, string>; save: string; problem: string; colon: string }
}

// A subscription's topics and language, changed by whoever holds its token.
export function ManageForm({ action, permalink, token, topics, locale, languages, text }: ManageFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState<ManageField>(), permalink)
  const checked = Array.isArray(state.values.topics) ? state.values.topics : topics
  const chosen = typeof state.values.locale === 'string' ? state.values.locale : locale
  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl">
      <FormStatus state={state} problemHeading={text.problem} labels={text.labels} colon={text.colon} />
      <input type="hidden" name={TOKEN_PARAM} value={token} />
      <TopicChoices legend={text.labels.topics} labels={text.topics} checked={checked} error={state.errors.topics} />
      <FormField name="locale" label={text.labels.locale} error={state.errors.locale}>
        <select name="locale" defaultValue={chosen} className={controlClass}>
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </FormField>
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {text.save}
      </button>
    </form>
  )
}
