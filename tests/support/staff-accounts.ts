// Makes staff accounts the way the README says: `npm run staff:add` with the
// password piped in, against the database of a DATA_DIR or a DATABASE_URL.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

export function addStaff(where: { dataDir?: string; databaseUrl?: string }, email: string, role: string, password: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'staff:add', '--email', email, '--role', role], {
    cwd: root,
    input: `${password}\n`,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: where.dataDir ?? '', DATABASE_URL: where.databaseUrl ?? '' },
  })
  if (result.status !== 0) throw new Error(`staff:add failed: ${result.stderr}`)
  return result.stdout
}
