// Kept apart from proxy.test.ts: Next's testing helpers leave its request
// storage unset for the proxy calls there.
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import routes from '@/lib/generated/route-manifest.json'
import { locales } from '@/lib/i18n/config'
import { getPathname } from '@/lib/i18n/navigation'
import { config } from '@/proxy'

describe('what the proxy runs for', () => {
  const runsFor = (path: string) => unstable_doesMiddlewareMatch({ config, url: `http://127.0.0.1:3000${path}` })

  it('skips every page under a language but the form pages, which need their database', () => {
    expect(routes.forms.length).toBeGreaterThan(0)
    for (const locale of locales) {
      for (const href of routes.pages) expect(runsFor(getPathname({ locale, href })), `${locale} ${href}`).toBe(routes.forms.includes(href))
      // Unknown pages are the request guard's (tests/unit/request-guard.test.ts).
      expect(runsFor(`/${locale}/no-such-page`)).toBe(false)
    }
  })

  it('runs for language-less paths, other spellings of a language, the desk and sign-in', () => {
    for (const path of [
      '/',
      '/about',
      '/working-groups?x=1',
      '/EN/about',
      '/en-US',
      '/staff',
      '/staff/comments',
      '/api/auth/sign-in/email',
    ])
      expect(runsFor(path), path).toBe(true)
    for (const path of ['/_next/static/chunks/a.js', '/logo.svg', '/robots.txt', '/language/fr', '/alerts/unsubscribe/token'])
      expect(runsFor(path), path).toBe(false)
  })
})
