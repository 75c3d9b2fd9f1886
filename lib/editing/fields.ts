// The edit form, derived from the same zod schemas `npm run content:check`
// uses (lib/content/schemas.ts): one input per front matter field, named by
// its path (`status.asOf`, `topics.2`, `eligibility.criteria.0.label`), and
// the way back from the posted form to front matter data.
import type { z } from 'zod'
import { collections, type CollectionName } from '../content/schemas'
import { atPath, type Field, type FormValues, listLength } from './field-paths'
import type { Plain } from './front-matter'

export { atPath, type Field, type FormValues, listLength }

// Written by the desk itself when a translation is saved, never typed.
export const MANAGED_FIELDS = new Set(['translatedFrom'])

type Def = { type: string; [key: string]: unknown }
const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

function fieldOf(schema: z.ZodType, path: string, optional = false): Field {
  const d = def(schema)
  switch (d.type) {
    case 'optional':
      return fieldOf(d.innerType as z.ZodType, path, true)
    case 'pipe':
      return fieldOf(d.out as z.ZodType, path, optional)
    case 'object': {
      const shape = d.shape as Record<string, z.ZodType>
      const fields = Object.entries(shape)
        .filter(([key]) => !MANAGED_FIELDS.has(key))
        .map(([key, inner]) => fieldOf(inner, path ? `${path}.${key}` : key))
      return { kind: 'group', path, optional, fields }
    }
    case 'array':
      return { kind: 'list', path, optional, item: fieldOf(d.element as z.ZodType, '') }
    case 'enum':
      return { kind: 'select', path, optional, options: Object.values(d.entries as Record<string, string>) }
    case 'boolean':
      return { kind: 'checkbox', path, optional }
    case 'literal':
      return (d.values as unknown[]).includes(true) ? { kind: 'checkbox', path, optional } : { kind: 'text', path, optional }
    case 'number':
      return { kind: 'number', path, optional }
    default:
      return { kind: 'text', path, optional }
  }
}

export function formFields(collection: CollectionName): Field[] {
  const root = fieldOf(collections[collection] as z.ZodType, '')
  return root.kind === 'group' ? root.fields : []
}

// Front matter data as the form's flat values.
export function toFormValues(fields: Field[], data: Record<string, unknown>): FormValues {
  const values: FormValues = {}
  const visit = (field: Field, value: unknown) => {
    if (value === undefined || value === null) return
    if (field.kind === 'group') {
      for (const inner of field.fields) visit(inner, (value as Record<string, unknown>)[inner.path.slice(field.path.length + 1)])
    } else if (field.kind === 'list') {
      if (!Array.isArray(value)) return
      for (const [index, item] of value.entries()) visit(atPath(field.item, `${field.path}.${index}`), item)
    } else if (field.kind === 'checkbox') {
      if (value === true) values[field.path] = 'on'
    } else values[field.path] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
  }
  for (const field of fields) visit(field, data[field.path])
  return values
}

const blank = (value: Plain): boolean =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.values(value).every(blank))

export function fromFormValues(fields: Field[], values: FormValues): Record<string, Plain> {
  const read = (field: Field): Plain => {
    if (field.kind === 'group') {
      const out: Record<string, Plain> = {}
      for (const inner of field.fields) {
        const value = read(inner)
        if (value !== undefined) out[inner.path.slice(field.path.length + 1)] = value
      }
      return field.optional && blank(out) ? undefined : out
    }
    if (field.kind === 'list') {
      const items: Plain[] = []
      for (let index = 0; index < listLength(values, field.path); index++) {
        const value = read(atPath(field.item, `${field.path}.${index}`))
        if (!blank(value)) items.push(value)
      }
      return items.length === 0 && field.optional ? undefined : items
    }
    const raw = values[field.path]
    if (field.kind === 'checkbox') return raw === 'on' ? true : undefined
    if (raw === undefined || raw.trim() === '') return field.optional ? undefined : ''
    if (field.kind === 'number' && /^-?\d+$/.test(raw.trim())) return Number(raw.trim())
    return raw
  }
  const data: Record<string, Plain> = {}
  for (const field of fields) {
    const value = read(field)
    if (value !== undefined) data[field.path] = value
  }
  return data
}

export type ListOperation = { op: 'add' | 'remove' | 'up' | 'down'; path: string; index: number }

// The list buttons of a form without JavaScript: `add:topics`, `remove:topics.2`, `up:topics.2`.
export function parseListOperation(value: unknown): ListOperation | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^(add|remove|up|down):([a-zA-Z.]+?)(?:\.(\d+))?$/.exec(value)
  if (!match) return undefined
  return { op: match[1] as ListOperation['op'], path: match[2]!, index: Number(match[3] ?? -1) }
}

function findList(fields: Field[], path: string): (Field & { kind: 'list' }) | undefined {
  for (const field of fields) {
    if (field.kind === 'list' && field.path === path) return field
    if (field.kind === 'group') {
      const found = findList(field.fields, path)
      if (found) return found
    }
    if (field.kind === 'list' && path.startsWith(`${field.path}.`)) {
      // A list inside a list item: resolve the item's own paths.
      const [index, ...rest] = path.slice(field.path.length + 1).split('.')
      const item = atPath(field.item, `${field.path}.${index}`)
      const found = findList(item.kind === 'group' ? item.fields : [item], `${field.path}.${index}.${rest.join('.')}`)
      if (found) return found
    }
  }
  return undefined
}

function leafPaths(field: Field): string[] {
  if (field.kind === 'group') return field.fields.flatMap(leafPaths)
  if (field.kind === 'list') return []
  return [field.path]
}

// The form's values after a list button: an empty item added, one removed, or
// one moved up or down. Unknown lists leave the values as they were.
export function applyListOperation(fields: Field[], values: FormValues, operation: ListOperation): FormValues {
  const list = findList(fields, operation.path)
  if (!list) return values
  const length = listLength(values, list.path)
  const item = (index: number) => {
    const prefix = `${list.path}.${index}`
    return Object.fromEntries(
      Object.entries(values)
        .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
        .map(([key, value]) => [key.slice(prefix.length), value]),
    )
  }
  const items = Array.from({ length }, (_, index) => item(index))
  const { op, index } = operation
  if (op === 'add') items.push(Object.fromEntries(leafPaths(atPath(list.item, '')).map((p) => [p ? `.${p}` : '', ''])))
  else if (index < 0 || index >= length) return values
  else if (op === 'remove') items.splice(index, 1)
  else {
    const other = op === 'up' ? index - 1 : index + 1
    if (other < 0 || other >= length) return values
    ;[items[index], items[other]] = [items[other]!, items[index]!]
  }
  const rest = Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith(`${list.path}.`)))
  items.forEach((entries, position) => {
    for (const [suffix, value] of Object.entries(entries)) rest[`${list.path}.${position}${suffix}`] = value
  })
  return rest
}
