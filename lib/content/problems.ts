import type { z } from 'zod'

// One line per problem, naming the file and the field, so a staff member
// reading a failed pull-request check knows exactly what to fix.
export interface ContentProblem {
  file: string
  field?: string
  message: string
}

export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    )
    this.name = 'ContentError'
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

function show(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return JSON.stringify(v) ?? String(v)
}

export function problemsFromZod(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || undefined
    const got = valueAt(data, issue.path)
    switch (issue.code) {
      case 'invalid_value':
        return { file, field, message: `expected ${issue.values.map(show).join(' | ')}, got ${show(got)}` }
      case 'unrecognized_keys':
        return { file, field, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` }
      case 'invalid_type':
        return got === undefined
          ? { file, field, message: 'required field is missing' }
          : { file, field, message: `expected ${issue.expected}, got ${show(got)}` }
      default:
        return { file, field, message: got === undefined ? issue.message : `${issue.message}, got ${show(got)}` }
    }
  })
}
