import type { NextRequest } from 'next/server'
import { isLocale } from '@/lib/i18n/config'
import { LOCALE_COOKIE } from '@/lib/i18n/routing'
import { switchTarget } from '@/lib/i18n/switch'

// The language switcher's links land here: the choice is remembered in a
// cookie on this private response, never on a cacheable page, then the
// visitor goes on to the page they were reading, in the new language.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) {
    return new Response('Not found\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  // From the Host header as sent: Next's own URL spells 127.0.0.1 as
  // localhost, which would not match the Referer of the page.
  const origin = `${request.nextUrl.protocol}//${request.headers.get('host') ?? request.nextUrl.host}`
  const target = switchTarget(locale, request.nextUrl.searchParams.get('from'), request.headers.get('referer'), origin)
  const secure = request.nextUrl.protocol === 'https:' ? '; Secure' : ''
  const headers = new Headers({
    location: target,
    'cache-control': 'private, no-store',
    'set-cookie': `${LOCALE_COOKIE.name}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE.maxAge}; SameSite=Lax${secure}`,
  })
  return new Response(null, { status: 303, headers })
}
