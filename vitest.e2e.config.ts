import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser tests against the production build: `npm run build` first.
// One `next start` (tests/e2e/server.ts) serves every e2e file.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // next-intl (through lib/i18n/config) imports 'next/server' without an
    // extension, which only a bundler resolves: let Vite process it.
    server: { deps: { inline: ['next-intl'] } },
    globalSetup: ['tests/e2e/server.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
