'use client'

import { useActionState } from 'react'
import { Prose } from '@/components/prose'
import type { EditState } from '@/lib/editing/form'
import { atPath, type Field, type FormValues, isTranslatedField, listLength } from '@/lib/editing/field-paths'

export interface EditFormProps {
  action: (state: EditState, data: FormData) => Promise<EditState>
  permalink: string
  initial: EditState
  fields: Field[]
  target: { locale: string; collection: string; slug: string }
  dir: 'ltr' | 'rtl'
  // Working-group topics: their ids with the English label.
  topics: { id: string; label: string }[]
  // For a translation: the English values and text, shown beside each field.
  english?: { values: FormValues; body: string }
  // The current body rendered by the site's pipeline, until "Preview" renders the typed one.
  preview: string
  // A new English file: the languages whose translations it opens.
  opens?: string[]
}

const LONG = new Set([
  'summary',
  'description',
  'closedNote',
  'intro',
  'declaration',
  'consultation.closedNote',
  'eligibility.intro',
  'eligibility.declaration',
])
const id = (path: string) => `field-${path.replace(/\./g, '-')}`
const input = 'mt-1 block w-full rounded border border-slate-400 px-3 py-2'
const small = 'rounded border border-brand-800 px-2 py-1 text-sm text-brand-900'

function ErrorText({ path, errors }: { path: string; errors: Record<string, string> }) {
  return errors[path] ? (
    <p id={`${id(path)}-error`} className="mt-1 text-sm font-medium text-red-800">
      {errors[path]}
    </p>
  ) : null
}

function EnglishValue({ path, english }: { path: string; english?: FormValues }) {
  const value = english?.[path]
  return value ? (
    <p className="mt-1 text-sm text-slate-700">
      English:{' '}
      <span lang="en" dir="ltr">
        {value}
      </span>
    </p>
  ) : null
}

interface Ctx {
  values: FormValues
  errors: Record<string, string>
  dir: 'ltr' | 'rtl'
  lang: string
  topics: { id: string; label: string }[]
  english?: FormValues
}

function Leaf({ field, ctx, label }: { field: Field; ctx: Ctx; label: string }) {
  const path = field.path
  const error = ctx.errors[path]
  const common = {
    id: id(path),
    name: `field:${path}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id(path)}-error` : undefined,
  }
  const value = ctx.values[path] ?? ''
  // A topic is one of topics.json's ids.
  const options = field.kind === 'select' ? field.options : /^topics\.\d+$/.test(path) ? ctx.topics.map((t) => t.id) : undefined
  let control: React.ReactNode
  if (field.kind === 'checkbox')
    return (
      <div className="mt-3">
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" value="on" defaultChecked={value === 'on'} {...common} />
          <code>{label}</code>
        </label>
        <ErrorText path={path} errors={ctx.errors} />
      </div>
    )
  const language = isTranslatedField(path) ? { lang: ctx.lang, dir: ctx.dir } : { dir: 'ltr' as const }
  if (options)
    control = (
      <select defaultValue={value} className={input} {...common}>
        {(field.optional || value === '') && <option value="">(none)</option>}
        {value !== '' && !options.includes(value) && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {ctx.topics.find((t) => t.id === o && /^topics\./.test(path))?.label ?? o}
          </option>
        ))}
      </select>
    )
  else if (LONG.has(path)) control = <textarea rows={3} defaultValue={value} {...language} className={input} {...common} />
  else
    control = (
      <input
        type="text"
        inputMode={field.kind === 'number' ? 'numeric' : undefined}
        defaultValue={value}
        {...language}
        className={input}
        {...common}
      />
    )
  return (
    <div className="mt-3 min-w-0 flex-1">
      <label htmlFor={id(path)} className="block font-medium">
        <code>{label}</code>
        {field.optional && <span className="font-normal text-slate-700"> (optional)</span>}
      </label>
      {control}
      <ErrorText path={path} errors={ctx.errors} />
      <EnglishValue path={path} english={ctx.english} />
    </div>
  )
}

function FieldView({ field, ctx }: { field: Field; ctx: Ctx }) {
  if (field.kind === 'group')
    return (
      <fieldset className="mt-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">
          <code>{field.path}</code>
          {field.optional && <span className="font-normal text-slate-700"> (optional)</span>}
        </legend>
        <ErrorText path={field.path} errors={ctx.errors} />
        {field.fields.map((inner) => (
          <FieldView key={inner.path} field={inner} ctx={ctx} />
        ))}
      </fieldset>
    )
  if (field.kind === 'list') {
    const length = listLength(ctx.values, field.path)
    return (
      <fieldset className="mt-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">
          <code>{field.path}</code> (a list)
        </legend>
        <ErrorText path={field.path} errors={ctx.errors} />
        <EnglishList path={field.path} english={ctx.english} />
        <ol className="mt-1">
          {Array.from({ length }, (_, index) => {
            const item = atPath(field.item, `${field.path}.${index}`)
            const name = `${field.path} item ${index + 1}`
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: items are identified by their position in the form
              <li key={index} className="mt-2 border-t border-slate-200 pt-2">
                {item.kind === 'group' ? (
                  item.fields.map((inner) => <FieldView key={inner.path} field={inner} ctx={ctx} />)
                ) : (
                  <Leaf field={item} ctx={ctx} label={item.path} />
                )}
                <div className="mt-2 flex flex-wrap gap-2">
                  <button
                    type="submit"
                    name="list"
                    value={`up:${item.path}`}
                    className={small}
                    aria-label={`Move ${name} up`}
                    disabled={index === 0}
                  >
                    Move up
                  </button>
                  <button
                    type="submit"
                    name="list"
                    value={`down:${item.path}`}
                    className={small}
                    aria-label={`Move ${name} down`}
                    disabled={index === length - 1}
                  >
                    Move down
                  </button>
                  <button type="submit" name="list" value={`remove:${item.path}`} className={small} aria-label={`Remove ${name}`}>
                    Remove
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
        <button
          type="submit"
          name="list"
          value={`add:${field.path}`}
          className={`${small} mt-3`}
          aria-label={`Add an item to ${field.path}`}
        >
          Add an item
        </button>
      </fieldset>
    )
  }
  return <Leaf field={field} ctx={ctx} label={field.path} />
}

function EnglishList({ path, english }: { path: string; english?: FormValues }) {
  if (!english) return null
  const items = Object.entries(english)
    .filter(([key]) => key.startsWith(`${path}.`))
    .map(([, value]) => value)
  return items.length ? (
    <p className="mt-1 text-sm text-slate-700">
      English:{' '}
      <span lang="en" dir="ltr">
        {items.join(', ')}
      </span>
    </p>
  ) : null
}

// The form for one content file. Without JavaScript every button posts the
// whole form: list buttons and "Preview" come back with the values as typed,
// "Propose change" checks and proposes them.
export function ContentEditForm({ action, permalink, initial, fields, target, dir, topics, english, preview, opens = [] }: EditFormProps) {
  const [state, formAction, pending] = useActionState(action, initial, permalink)
  const ctx: Ctx = { values: state.values, errors: state.errors, dir, lang: target.locale, topics, english: english?.values }
  return (
    <form action={formAction} noValidate className="mt-6" aria-label="Edit the file">
      {/* The form's default button: Enter in a field submits the first submit
          button in tree order, which would otherwise be a list button. Hidden,
          it is out of the tab order and the accessibility tree. */}
      <button type="submit" hidden disabled={pending}>
        Propose change
      </button>
      {(state.problems.length > 0 || state.errors['']) && (
        <div role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">
            Nothing was proposed: the content check found {state.problems.length === 1 ? 'a problem' : `${state.problems.length} problems`}.
          </p>
          <ul className="mt-2 list-disc ps-5">
            {state.problems.map((line) => (
              <li key={line}>
                <code className="wrap-anywhere">{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.conflict && (
        <div role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">Nothing was proposed: {state.conflict.path} changed since you opened it.</p>
          <p className="mt-1">This is what changed. Your values are kept below; open the file again to start from the current version.</p>
          <pre className="mt-2 overflow-x-auto bg-white p-2 text-sm">{state.conflict.diff}</pre>
          <p className="mt-2">
            <a href={permalink} className="text-brand-800 underline">
              Open the current version
            </a>
          </p>
        </div>
      )}
      {state.refused && (
        <p role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-red-900">
          Nothing was proposed: {state.refused}
        </p>
      )}
      <input type="hidden" name="locale" value={target.locale} />
      <input type="hidden" name="collection" value={target.collection} />
      <input type="hidden" name="slug" value={target.slug} />
      <input type="hidden" name="base" value={state.base} />
      {opens.map((locale) => (
        <input key={locale} type="hidden" name="translations" value={locale} />
      ))}
      <h2 className="mt-6 text-xl font-semibold">Front matter</h2>
      <div key={JSON.stringify(state.values)}>
        {fields.map((field) => (
          <FieldView key={field.path} field={field} ctx={ctx} />
        ))}
      </div>
      <h2 className="mt-8 text-xl font-semibold">Text</h2>
      <div className={english ? 'grid gap-4 lg:grid-cols-2' : ''}>
        {english && (
          <section aria-labelledby="english-text" className="min-w-0">
            <h3 id="english-text" className="mt-3 font-medium">
              English
            </h3>
            <pre
              lang="en"
              dir="ltr"
              className="mt-1 max-h-[32rem] overflow-auto whitespace-pre-wrap rounded border border-slate-300 bg-slate-50 p-2 text-sm"
            >
              {english.body}
            </pre>
          </section>
        )}
        <div className="min-w-0">
          <label htmlFor="field-body" className="mt-3 block font-medium">
            <code>body</code> (markdown)
          </label>
          <textarea
            id="field-body"
            name="body"
            rows={16}
            defaultValue={state.body}
            key={state.body}
            lang={target.locale}
            dir={dir}
            className={`${input} font-mono text-sm`}
            aria-invalid={state.errors.body ? true : undefined}
            aria-describedby={state.errors.body ? 'field-body-error' : undefined}
          />
          <ErrorText path="body" errors={state.errors} />
        </div>
      </div>
      <button type="submit" name="intent" value="preview" className={`${small} mt-3`}>
        Preview the text
      </button>
      <section aria-labelledby="preview-heading" className="mt-4 rounded border border-slate-300 p-3">
        <h3 id="preview-heading" className="font-medium">
          Preview
        </h3>
        {/* Rendered and sanitised on the server by the site's own markdown pipeline. */}
        <div className="mt-2">
          <Prose html={state.preview ?? preview} lang={target.locale} dir={dir} />
        </div>
      </section>
      <label htmlFor="field-message" className="mt-6 block font-medium">
        What and why (optional: the change's message)
      </label>
      <input id="field-message" name="message" type="text" defaultValue={state.message} className={input} />
      <button type="submit" disabled={pending} className="mt-4 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Propose change
      </button>
    </form>
  )
}
