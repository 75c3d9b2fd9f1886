import { relative, resolve } from 'node:path'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import security from './deploy/security-headers.json'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

// Pages are pre-rendered once for everybody, so a per-request nonce is not
// possible: Next's inline bootstrap scripts (self.__next_f.push(...)) need
// 'unsafe-inline' in script-src. Everything else is locked to this origin,
// and markdown is sanitised before it reaches a page. That holds for the
// pages that keep Next's scripts (the forms, the staff desk); reading pages
// ship none and get script-src 'none' (deploy/reading-pages.cjs), from the
// same list, without `pagesWithScripts` (the reason is there).
const contentSecurityPolicy = Object.entries(security.contentSecurityPolicy)
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  ...Object.entries({ ...security.headers, ...security.pagesWithScripts }).map(([key, value]) => ({ key, value })),
]

// The tests build a second site from fixture content (CONTENT_DIR) into its
// own folder (NEXT_DIST_DIR), next to the real build rather than over it.
const contentDir = relative(process.cwd(), resolve(process.env.CONTENT_DIR ?? 'content'))

const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Next hashes every response body for its ETag, pre-rendered pages too:
  // a third of the server's throughput on a 40 KB page (npm run bench).
  // Pages are revalidated by their CDN / nginx cache instead (s-maxage).
  generateEtags: false,
  reactStrictMode: true,
  // One folder (.next/standalone) that runs anywhere Node runs; the server
  // reads content/ for the few pages rendered on request (search, 404s).
  output: 'standalone',
  // (The server chdirs into that folder, so a relative CONTENT_DIR resolves there too.)
  // The language lint's style files go too: the desk checks proposed content with them (lib/editing/check.ts).
  outputFileTracingIncludes: { '/*': [`./${contentDir}/**/*`, './lib/i18n/style/*.json'] },
  // Pre-rendered pages: a CDN keeps them a day (s-maxage, from the layout's
  // revalidate) and may serve them stale for a week while it refetches.
  expireTime: 7 * 24 * 60 * 60,
  // <title> and meta tags in <head> for every client, not streamed after
  // the body: pages rendered on request (404s, search) keep their titles
  // with JavaScript off.
  htmlLimitedBots: /.*/,
  // The site shows no raster images. Left on, /_next/image fetches any
  // local `url` it is handed and logs the failure, url and all (forged
  // lines, terminal escapes); off, Next answers it with a plain 404.
  images: { unoptimized: true },
  // forbidden(): the staff desk answers 403 to a role that may not see a page.
  experimental: {
    authInterrupts: true,
  },
  async headers() {
    // The staff desk and Better Auth: never cached, never indexed.
    const privateHeaders = [
      { key: 'Cache-Control', value: 'private, no-store' },
      { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
    ]
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/staff', headers: privateHeaders },
      { source: '/staff/:path*', headers: privateHeaders },
      { source: '/api/auth/:path*', headers: privateHeaders },
    ]
  },
}

export default withNextIntl(nextConfig)
