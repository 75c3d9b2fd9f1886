import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The data layer against real PostgreSQL: a temporary embedded one, or the
// database in DATABASE_URL (use a throwaway one: the tests write and restore).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/db/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/db/database.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
