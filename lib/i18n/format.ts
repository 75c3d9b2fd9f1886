import type { Locale } from './config'

// Dates in content may be a year, a month or a day; show exactly that much.
export function formatDate(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  const utc = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' }
  if (month) options.month = 'long'
  if (day) options.day = 'numeric'
  return new Intl.DateTimeFormat(locale, options).format(utc)
}
