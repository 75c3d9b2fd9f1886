import { describe, expect, it } from 'vitest'
import { redacted, redactText } from '@/lib/log-redaction'

describe('log redaction', () => {
  it('withholds a failed query’s parameters and any e-mail address, keeping the rest', () => {
    const error = new Error(
      'Failed query: insert into "consultation_comment" ("name", "email") values ($1, $2)\nparams: Ana Example,ana@example.org',
    )
    error.cause = Object.assign(new Error('duplicate key: Key (email)=(ana@example.org) already exists.'), { code: '23505' })
    const safe = redacted(error) as Error & { cause: Error & { code: string } }
    expect(safe.message).toBe(
      'Failed query: insert into "consultation_comment" ("name", "email") values ($1, $2)\nparams: (withheld: may hold personal data)',
    )
    expect(safe.stack).not.toContain('Ana Example')
    expect(safe.cause.message).toBe('duplicate key: Key (email)=((address withheld)) already exists.')
    expect(safe.cause.code).toBe('23505')
    expect(redactText('[mail] message 4 not sent: 550 <bo@example.net> rejected')).toBe(
      '[mail] message 4 not sent: 550 <(address withheld)> rejected',
    )
    expect(redactText('[serve] embedded PostgreSQL started in 2435 ms')).toBe('[serve] embedded PostgreSQL started in 2435 ms')
    expect(redacted(42)).toBe(42)
  })
})
