import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'
import { deskUnavailable } from './components/staff/desk-unavailable'
import { DATABASE_STATE_HEADER, databaseProblem } from './lib/db/reachability'
import routes from './lib/generated/route-manifest.json'
import { isLocale } from './lib/i18n/config'
import { localeFromSegment } from './lib/i18n/locale-segment'
import { routing } from './lib/i18n/routing'

// Written by `npm run build` from the content (lib/routes.ts).
const formPaths: ReadonlySet<string> = new Set(routes.forms)

const negotiate = createMiddleware(routing)

// Browsers send Traditional Chinese as zh-TW, zh-HK or zh-Hant, which the
// matcher would not map to the site's (Simplified) zh: they still read it
// far better than English.
function withChineseAsZh(request: NextRequest): NextRequest {
  const header = request.headers.get('accept-language')
  if (!header || !/\bzh-/i.test(header)) return request
  const headers = new Headers(request.headers)
  headers.set('accept-language', header.replace(/\bzh(?:-[a-z0-9]+)+/gi, 'zh'))
  return new NextRequest(request.url, { headers })
}

const UNAVAILABLE_HEADERS = { 'retry-after': '60', 'cache-control': 'no-store' }

// Without its database a form page is still worth showing (the visitor reads
// why and keeps what they typed), with a 503 so that monitors, crawlers and
// the nginx in front see an outage, not a page. A JavaScript form post is
// left alone: its answer carries the same message next to the form.
async function formPage(request: NextRequest): Promise<NextResponse> {
  const headers = new Headers(request.headers)
  headers.delete(DATABASE_STATE_HEADER)
  if (request.headers.has('next-action') || !(await databaseProblem())) return NextResponse.next({ request: { headers } })
  headers.set(DATABASE_STATE_HEADER, 'unavailable')
  return NextResponse.next({ status: 503, headers: UNAVAILABLE_HEADERS, request: { headers } })
}

// The desk and its sign-in live on the database: without it, one plain page
// (JSON for Better Auth's endpoints) instead of an error from every query.
async function deskRequest(area: string): Promise<NextResponse> {
  if (!(await databaseProblem())) return NextResponse.next()
  if (area === 'api')
    return NextResponse.json(
      { error: 'The database is unavailable. Please try again in a minute.' },
      { status: 503, headers: UNAVAILABLE_HEADERS },
    )
  return new NextResponse(DESK_UNAVAILABLE, {
    status: 503,
    headers: { ...UNAVAILABLE_HEADERS, 'content-type': 'text/html; charset=utf-8', 'x-robots-tag': 'noindex' },
  })
}

const DESK_UNAVAILABLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${deskUnavailable.title} · ISPCP staff desk</title></head>
<body><main><h1>${deskUnavailable.title}</h1>
<p>${deskUnavailable.body}</p></main></body></html>
`

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const [, first = '', ...rest] = pathname.split('/')
  if (first === 'staff' || (first === 'api' && rest[0] === 'auth')) return deskRequest(first)

  // Only form pages come here with a language (see the matcher).
  if (isLocale(first)) {
    const path = `/${rest.join('/')}`.replace(/(.)\/+$/, '$1')
    return formPaths.has(path) ? formPage(request) : NextResponse.next()
  }

  // /EN/about, /en-US/about: the same page under its canonical language.
  const spelled = localeFromSegment(first)
  if (spelled) {
    return NextResponse.redirect(new URL(`/${[spelled, ...rest].join('/')}${search}`, request.url), 308)
  }

  // No language in the path: next-intl sends the visitor to their saved
  // choice, else their browser's preference, else English.
  const response = negotiate(withChineseAsZh(request))
  response.headers.set('Vary', 'Accept-Language, Cookie')
  response.headers.set('Cache-Control', 'private, no-cache')
  return response
}

export const config = {
  matcher: [
    // Everything but Next's build output, the files in public/, the
    // language switch and pages under a language: running the proxy at
    // all costs Next ~40% of its throughput (npm run bench), and those
    // pages need nothing of it. deploy/request-guard.cjs answers their
    // unknown paths (404) and undecodable ones (400) before Next.
    // The one-click unsubscribe address of alert mails (RFC 8058) has no
    // language: mail software posts to it as given.
    '/((?!_next/static|_next/image|favicon\\.ico|logo\\.svg|apple-touch-icon\\.png|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest|language/|alerts/unsubscribe/|[a-z]{2}(?:/|$)).*)',
    // Except the form pages (routes.forms), which answer 503 without their
    // database; tests/unit/proxy-matcher.test.ts checks every one is matched.
    '/:locale/membership/apply',
    '/:locale/consultations/:slug',
    '/:locale/alerts',
    '/:locale/alerts/:page',
    '/:locale/working-groups/:slug/take-part',
  ],
}
