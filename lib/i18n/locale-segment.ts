import { isLocale, type Locale } from './config'

// A first path segment that is a spelling of a supported language: /EN,
// /en-US, /pt_BR, /zh-Hans. Anything else is not a language at all.
export function localeFromSegment(segment: string): Locale | undefined {
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(segment)) return undefined
  const language = segment.split(/[-_]/)[0]!.toLowerCase()
  return isLocale(language) ? language : undefined
}
