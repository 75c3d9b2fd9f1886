// The edit form's fields and their paths, without the schemas: the form
// component (a client component) needs these, not zod.
export type Field =
  | { kind: 'text' | 'number' | 'checkbox'; path: string; optional: boolean }
  | { kind: 'select'; path: string; optional: boolean; options: string[] }
  | { kind: 'group'; path: string; optional: boolean; fields: Field[] }
  | { kind: 'list'; path: string; optional: boolean; item: Field }

export const joinPath = (prefix: string, rest: string) => (prefix && rest ? `${prefix}.${rest}` : prefix || rest)

// The field with its item paths resolved (`topics` item 2 is `topics.2`).
export function atPath(field: Field, path: string): Field {
  const move = (f: Field): Field => {
    const p = joinPath(path, f.path)
    if (f.kind === 'group') return { ...f, path: p, fields: f.fields.map(move) }
    if (f.kind === 'list') return { ...f, path: p }
    return { ...f, path: p }
  }
  return move(field)
}

export type FormValues = Record<string, string>

// Fields written in the file's language; dates, ids, addresses and numbers
// are the same everywhere (the content check holds a translation to the
// English's), left to right.
const TRANSLATED =
  /^(title|summary|description|years|author|nav\.label|status\.source|consultation\.closedNote|eligibility\.(intro|declaration|criteria\.\d+\.label)|keywords\.\d+)$/
export const isTranslatedField = (path: string) => TRANSLATED.test(path)

// How many items a list shows: one past the highest index among the values.
export function listLength(values: FormValues, path: string): number {
  const prefix = `${path}.`
  let length = 0
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue
    const index = Number(key.slice(prefix.length).split('.')[0])
    if (Number.isInteger(index) && index >= 0) length = Math.max(length, index + 1)
  }
  return length
}

// The posted form as front matter data. Empty optional fields are left out;
// values stay as typed, so the content check reports them in its own words.
