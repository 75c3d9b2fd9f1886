import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { clientAddress } from '@/lib/forms/client'
import { HONEYPOT, isBot } from '@/lib/forms/honeypot'
import { newSubmissionId, SUBMISSION_FIELD, submissionId } from '@/lib/forms/submission'
import { fieldErrors, formValues, hasControlCharacters, withoutControlCharacters } from '@/lib/forms/validation'
import { COMMENT_FIELDS, commentSchema } from '@/lib/consultations/comment-form'

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.append(k, v)
  return data
}

describe('clientAddress', () => {
  it('reads the address the request guard put in X-Real-IP, never X-Forwarded-For', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '198.51.100.7' })
    expect(clientAddress(headers)).toBe('198.51.100.7')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('unknown')
  })
})

describe('honeypot', () => {
  it('catches a filled honeypot only', () => {
    expect(isBot(form({ name: 'A' }))).toBe(false)
    expect(isBot(form({ [HONEYPOT]: '' }))).toBe(false)
    expect(isBot(form({ [HONEYPOT]: '+1 555' }))).toBe(true)
  })
})

describe('submission id', () => {
  it('accepts the ids it makes and refuses anything else', () => {
    const id = newSubmissionId()
    expect(submissionId(form({ [SUBMISSION_FIELD]: id }))).toBe(id)
    expect(submissionId(form({ [SUBMISSION_FIELD]: `${id}'; drop table` }))).toBeUndefined()
    expect(submissionId(form({}))).toBeUndefined()
  })
})

describe('validation helpers', () => {
  it('keeps the first problem of each field, by message key', () => {
    const schema = z.object({ name: z.string().min(1, 'required').max(3, 'tooLong'), email: z.email('email') })
    const result = schema.safeParse({ name: '', email: 'x' })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!, ['name', 'email'] as const)).toEqual({ name: 'required', email: 'email' })
  })
  it('echoes text fields, cut to a maximum, and ignores the rest', () => {
    const data = form({ name: '<script>alert(1)</script>', other: 'x' })
    data.append('file', new Blob(['x']))
    expect(formValues(data, ['name', 'file'] as const, 10)).toEqual({ name: '<script>al' })
  })
})

describe('control characters', () => {
  it('are refused in every field, line breaks only where a field takes lines', () => {
    expect(hasControlCharacters('Ana\u0000')).toBe(true)
    expect(hasControlCharacters('a\u001bb')).toBe(true)
    expect(hasControlCharacters('two\nlines')).toBe(true)
    expect(hasControlCharacters('two\r\nlines\tand a tab', { multiline: true })).toBe(false)
    expect(hasControlCharacters('Ана, عربي, 中文 ✓')).toBe(false)
    expect(withoutControlCharacters('a\u0000b\nc', { multiline: true })).toBe('ab\nc')
    expect(withoutControlCharacters('a\nb')).toBe('a b')
  })

  it('give a field error, not an exception, in the comment form', () => {
    const result = commentSchema(0).safeParse({
      name: 'Ana\u0000',
      organisation: 'x\u0007',
      email: 'a@b.org',
      comment: 'ok\u0000',
      consent: 'yes',
    })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!, COMMENT_FIELDS)).toEqual({
      name: 'controlCharacters',
      organisation: 'controlCharacters',
      comment: 'controlCharacters',
    })
  })

  it('take a point of the statement, or the whole draft, and refuse a point it does not have', () => {
    const valid = { name: 'Ana', email: 'a@b.org', comment: 'ok', consent: 'yes' }
    const point = (raw: string | undefined, points = 5) => {
      const result = commentSchema(points).safeParse({ ...valid, point: raw })
      return result.success ? result.data.point : fieldErrors(result.error, COMMENT_FIELDS).point
    }
    expect([point(undefined), point(''), point('1'), point('5'), point(' 3 ')]).toEqual([null, null, 1, 5, 3])
    for (const bad of ['6', '0', '-1', '2.5', '03', 'three', '1e1', '9'.repeat(20)]) expect(point(bad), bad).toBe('pointUnknown')
    expect(point('1', 0)).toBe('pointUnknown')
  })
})
