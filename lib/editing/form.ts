// The edit form's round trip on the server: what the posted form holds, what
// a list button or "Preview" does, and the state the form is shown again with.
import { type ContentProblem, formatProblem } from '../content'
import { renderMarkdown } from '../content/markdown'
import { collections, type CollectionName } from '../content/schemas'
import { isLocale } from '../i18n/config'
import type { EditTarget } from './editor'
import { isCommitId } from './store'
import { applyListOperation, type Field, formFields, type FormValues, parseListOperation } from './fields'

export interface EditState {
  values: FormValues
  body: string
  message: string
  base: string
  // Problems by field path ('' for the whole file), in the check's words.
  errors: Record<string, string>
  // Every problem as `npm run content:check` prints it.
  problems: string[]
  conflict?: { path: string; diff: string }
  refused?: string
  preview?: string
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function editTarget(locale: string, collection: string, slug: string): EditTarget | undefined {
  if (!isLocale(locale) || !Object.hasOwn(collections, collection) || !SLUG.test(slug) || slug.length > 120) return undefined
  return { locale, collection: collection as CollectionName, slug }
}

const MAX_FIELD = 20_000
const MAX_BODY = 200_000

// Every leaf path the form can hold: the fields' own, list items included.
function allowed(fields: Field[], key: string): boolean {
  return fields.some((field) => {
    if (field.kind === 'group') return allowed(field.fields, key)
    if (field.kind === 'list') {
      if (!key.startsWith(`${field.path}.`)) return false
      const [index, ...rest] = key.slice(field.path.length + 1).split('.')
      if (!/^\d{1,3}$/.test(index!)) return false
      const item = field.item.kind === 'group' ? field.item.fields : [field.item]
      return rest.length === 0 ? field.item.kind !== 'group' : allowed(item, rest.join('.'))
    }
    return field.path === key
  })
}

export function readPosted(collection: CollectionName, data: FormData): Omit<EditState, 'errors' | 'problems'> {
  const fields = formFields(collection)
  const values: FormValues = {}
  for (const [key, value] of data) {
    if (key.startsWith('field:') && typeof value === 'string' && allowed(fields, key.slice(6)))
      values[key.slice(6)] = value.slice(0, MAX_FIELD)
  }
  const text = (name: string, max: number) => {
    const value = data.get(name)
    return typeof value === 'string' ? value.slice(0, max) : ''
  }
  const base = text('base', 64)
  return { values, body: text('body', MAX_BODY), message: text('message', 2000), base: isCommitId(base) ? base : '' }
}

export function withListOperation(collection: CollectionName, state: EditState, button: unknown): EditState | undefined {
  const operation = parseListOperation(button)
  if (!operation) return undefined
  return { ...state, values: applyListOperation(formFields(collection), state.values, operation) }
}

export function preview(target: EditTarget, body: string, tokens: Record<string, string>): string {
  return renderMarkdown(body.replace(/\r\n?/g, '\n'), {
    file: target.slug,
    linkPrefix: `/${target.locale}`,
    isKnownPath: () => true,
    tokens,
  }).html
}

// Problems next to their fields: a problem about `status.asOf` goes to that
// input, one about a list (`topics`) to the list, the rest to the whole form.
// The language lint names a field "front matter summary" and a body line "line 12".
function inputOf(field: string | undefined): string {
  if (!field) return ''
  if (field.startsWith('front matter ')) return field.slice('front matter '.length)
  return /^line \d+$/.test(field) ? 'body' : field
}

export function problemsByField(problems: ContentProblem[], path: string): Pick<EditState, 'errors' | 'problems'> {
  const errors: Record<string, string> = {}
  for (const problem of problems) {
    const key = problem.file === path ? inputOf(problem.field) : ''
    errors[key] = errors[key] ? `${errors[key]}; ${problem.message}` : problem.message
  }
  return { errors, problems: problems.map(formatProblem) }
}
