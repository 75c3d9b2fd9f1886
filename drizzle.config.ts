import { defineConfig } from 'drizzle-kit'

// `npx drizzle-kit generate` writes a new migration from lib/db/schema.ts;
// the application applies them itself (lib/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './lib/db/migrations',
})
