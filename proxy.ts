import { NextResponse, type NextRequest } from 'next/server'
import { getContent } from './lib/content'
import { isLocale } from './lib/i18n/config'
import { LOCALE_COOKIE, localeFromSegment, negotiateLocale } from './lib/i18n/negotiate'

let knownPaths: Set<string> | undefined

// The content was validated when the site was built; should the files on
// disk be broken later, pre-rendered pages must still be served, so the
// proxy then lets every request through instead of failing them all.
function isKnownPath(path: string): boolean {
  try {
    knownPaths ??= new Set(getContent().paths())
  } catch (error) {
    console.error(error)
    return true
  }
  return knownPaths.has(path)
}

const ONE_YEAR = 60 * 60 * 24 * 365

// The language of the page a same-site link was followed from, if any.
function refererLocale(request: NextRequest): string | undefined {
  const referer = request.headers.get('referer')
  if (!referer) return undefined
  try {
    const url = new URL(referer)
    return url.host === request.headers.get('host') ? url.pathname.split('/')[1] : undefined
  } catch {
    return undefined
  }
}

// A path whose percent-encoding is not valid UTF-8 (%C3%28, %FF) cannot
// name any page; Next's router would fail on it with a 500.
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (!isDecodable(pathname)) {
    return new NextResponse('Bad request: the address is not valid.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  const [, first = '', ...rest] = pathname.split('/')

  if (isLocale(first)) {
    // The proxy decides what is a 404 because Next's own notFound() only
    // renders on the client; routes then show the localized 404 page.
    const path = `/${rest.join('/')}`.replace(/(.)\/+$/, '$1')
    const response = isKnownPath(path) ? NextResponse.next() : NextResponse.next({ status: 404 })
    // Coming from a page in another language means the switcher was used:
    // remember the choice for the next visit to a language-less URL.
    const from = refererLocale(request)
    if (isLocale(from) && from !== first) {
      response.cookies.set(LOCALE_COOKIE, first, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' })
    }
    return response
  }

  // /EN/about, /en-US/about: the same page under its canonical language.
  const spelled = localeFromSegment(first)
  if (spelled) {
    const url = new URL(`/${[spelled, ...rest].join('/')}${search}`, request.url)
    return NextResponse.redirect(url, 308)
  }

  // No language in the path: the visitor's saved choice, else their
  // browser's preference, else English; the rest of the path is kept.
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'))
  const url = new URL(`/${locale}${pathname === '/' ? '' : pathname}${search}`, request.url)
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language, Cookie')
  response.headers.set('Cache-Control', 'private, no-cache')
  return response
}

export const config = {
  // Everything but Next's build output, the files in public/, the staff
  // desk and Better Auth's endpoints (English only, no language prefix).
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest|staff$|staff/|api/auth/).*)'],
}
