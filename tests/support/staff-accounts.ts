// Makes staff accounts the way the README says: `npm run staff:add` with the
// password piped in, against the database of a DATA_DIR or a DATABASE_URL.
// Asynchronous on purpose: a blocked event loop lets servers close idle
// keep-alive connections unnoticed, and the next fetch fails on one.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

export function addStaff(where: { dataDir?: string; databaseUrl?: string }, email: string, role: string, password: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'staff:add', '--email', email, '--role', role], {
    cwd: root,
    env: { ...process.env, DATA_DIR: where.dataDir ?? '', DATABASE_URL: where.databaseUrl ?? '' },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.end(`${password}\n`)
  return new Promise<string>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (status) => (status === 0 ? resolve(stdout) : reject(new Error(`staff:add failed: ${stderr}`))))
  })
}
