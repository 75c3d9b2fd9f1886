import { randomBytes } from 'node:crypto'

// 256 random bits: a link to one subscription that nobody can guess or
// derive from another (tokens are not made from the address or the id).
export const newToken = (): string => randomBytes(32).toString('base64url')

const TOKEN = /^[A-Za-z0-9_-]{43}$/

export const isToken = (value: unknown): value is string => typeof value === 'string' && TOKEN.test(value)
