// Browser and HTTP tests against production builds (`npm run build` and
// `npm run build:fixture` first): the real site, whose every page is crawled
// and whose every template is checked in a browser in every language, and a
// site built from tests/fixtures/content/site, on which behaviour is tested
// without depending on what staff write in content/.
import { execFileSync } from 'node:child_process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './tests/e2e/browser'

// Playwright loads this file again in each worker: ports chosen once, by the
// runner, reach the workers through the environment.
function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()
}
process.env.E2E_SITE_PORT ??= freePort()
process.env.E2E_FIXTURE_PORT ??= freePort()
if (process.env.E2E_FIXTURE_PORT === process.env.E2E_SITE_PORT) process.env.E2E_FIXTURE_PORT = freePort()

const FIXTURE_CONTENT = 'tests/fixtures/content/site'
const FIXTURE_DIST = '.next-fixture'

const server = (port: string, env: Record<string, string> = {}) => ({
  command: 'node_modules/.bin/tsx scripts/serve-build.ts',
  url: `http://127.0.0.1:${port}/en`,
  env: { PORT: port, NEXT_TELEMETRY_DISABLED: '1', ...env },
  reuseExistingServer: false,
  timeout: 60_000,
  // serve-build stops the server (its own process group) on SIGTERM.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
})

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  // Two cores: one test per core; tests in a file run in parallel too.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // Debian's Chromium, with the flags of tests/e2e/browser.ts.
    launchOptions,
    trace: 'off',
  },
  webServer: [
    server(process.env.E2E_SITE_PORT),
    server(process.env.E2E_FIXTURE_PORT, { NEXT_DIST_DIR: FIXTURE_DIST, CONTENT_DIR: FIXTURE_CONTENT }),
  ],
  projects: [
    {
      // The real content: every page answers and is well-formed (valid HTML too), every template is accessible.
      name: 'site',
      testMatch: ['crawl.spec.ts', 'pages.spec.ts', 'reading-pages.spec.ts', 'valid-html.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${process.env.E2E_SITE_PORT}` },
    },
    {
      // Behaviour, on fixture content.
      name: 'fixture',
      testMatch: [
        'discovery.spec.ts',
        'i18n.spec.ts',
        'nginx.spec.ts',
        'hostile.spec.ts',
        'hardening.spec.ts',
        'visitors.spec.ts',
        'valid-html.spec.ts',
      ],
      use: { baseURL: `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT}` },
    },
    {
      // The staff desk and the forms: servers of their own, each with a fresh database;
      // and the container image, assembled from the Dockerfile and run as it would be.
      name: 'desk',
      testMatch: [
        'staff-desk.spec.ts',
        'desk-pages.spec.ts',
        'content-editing.spec.ts',
        'consultations.spec.ts',
        'comment-points.spec.ts',
        'membership-apply.spec.ts',
        'members.spec.ts',
        'alerts.spec.ts',
        'database-down.spec.ts',
        'operator.spec.ts',
        'container.spec.ts',
      ],
    },
  ],
})
