import { isLocale, type Locale } from './config'

// Where the language switcher sends a visitor: the page they were on
// (`from`, a path on this site), in language `to`. The query string of that
// page (search terms, eligibility answers) is not in `from` on pre-rendered
// pages, so it is taken from the Referer when that is the same page.
// Anything that is not a plain path on this site leads to the home page:
// the switch is never an open redirect.
export function switchTarget(to: Locale, from: string | null, referer: string | null, origin: string): string {
  const page = sameOrigin(from, origin)
  const segments = page ? page.pathname.split('/').slice(1) : []
  const rest = isLocale(segments[0]) ? segments.slice(1) : []
  const path = ['', to, ...rest].join('/').replace(/\/+$/, '')
  const previous = sameOrigin(referer, origin)
  const search = page && previous && previous.pathname === page.pathname ? previous.search : ''
  return path + search
}

function sameOrigin(value: string | null, origin: string): URL | undefined {
  if (!value || /[\\\u0000-\u001f]/.test(value)) return undefined
  try {
    const url = new URL(value, origin)
    return url.origin === origin ? url : undefined
  } catch {
    return undefined
  }
}
