import { NextResponse, type NextRequest } from 'next/server'
import { getContent } from './lib/content'
import { defaultLocale, isLocale } from './lib/i18n/config'

let knownPaths: Set<string> | undefined

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const [, first, ...rest] = pathname.split('/')
  if (isLocale(first)) {
    // The proxy decides what is a 404 because Next's own notFound() only
    // renders on the client; routes then show the localized 404 page.
    knownPaths ??= new Set(getContent().paths())
    const path = `/${rest.join('/')}`.replace(/(.)\/+$/, '$1')
    return knownPaths.has(path) ? NextResponse.next() : NextResponse.next({ status: 404 })
  }
  // Every page lives under a language; a path without one goes to the same
  // path in the default language.
  const url = request.nextUrl.clone()
  url.pathname = `/${defaultLocale}${pathname === '/' ? '' : pathname}`
  return NextResponse.redirect(url)
}

export const config = {
  // Everything but Next's build output and the files in public/.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest).*)'],
}
