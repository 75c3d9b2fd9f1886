/**
 * A field people never see nor fill, that form-filling robots do. Not a
 * name any form uses for real (the membership form has a `website` field).
 */
export const HONEYPOT = 'fax'

export function isBot(data: FormData): boolean {
  const value = data.get(HONEYPOT)
  return typeof value === 'string' ? value.trim() !== '' : value !== null
}
