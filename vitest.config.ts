import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Many tests load and check a whole content tree (seconds of CPU): the
    // timeout only catches a hang, and must not fail them on a busy machine.
    testTimeout: 30_000,
    // next-intl imports 'next/server' without an extension, which only a
    // bundler resolves: let Vite process it.
    server: { deps: { inline: ['next-intl'] } },
  },
})
