// The server log must hold no personal data. The site's own lines name no
// person, but an error from the database driver carries the query's
// parameters (a commenter's name, address and text) in its message, and
// PostgreSQL's `detail` can quote a value; SMTP answers quote recipients.
// Whatever reaches the console goes through here first.
const PARAMS = /\nparams: [\s\S]*?(?=\n {4}at |$)/g
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[A-Za-z]{2,}/g

export function redactText(text: string): string {
  return text.replace(PARAMS, '\nparams: (withheld: may hold personal data)').replace(EMAIL, '(address withheld)')
}

export function redacted(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value)
  if (!(value instanceof Error)) return value
  const copy = new Error(redactText(value.message))
  copy.name = value.name
  copy.stack = value.stack && redactText(value.stack)
  const { digest, code } = value as Error & { digest?: string; code?: string }
  Object.assign(copy, digest === undefined ? {} : { digest }, code === undefined ? {} : { code })
  if (value.cause !== undefined) copy.cause = redacted(value.cause)
  return copy
}

const installed = Symbol.for('ispcp.log-redaction')

/** Routes console.error, warn, info and log through `redacted`, once per process. */
export function redactConsole(): void {
  const marked = globalThis as typeof globalThis & { [installed]?: boolean }
  if (marked[installed]) return
  marked[installed] = true
  for (const level of ['error', 'warn', 'info', 'log'] as const) {
    const original = console[level].bind(console)
    console[level] = (...args: unknown[]) => original(...args.map(redacted))
  }
}
