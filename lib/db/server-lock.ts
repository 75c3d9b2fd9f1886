// DATA_DIR/server.pid names the `npm run serve` that owns the embedded
// database: a second server on the same DATA_DIR stops at once, and a
// command-line tool leaves running a database a server relies on.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const lockFile = (dir: string) => join(dir, 'server.pid')

export function serverHoldingDataDir(dir: string): number | undefined {
  if (!existsSync(lockFile(dir))) return undefined
  const pid = Number(readFileSync(lockFile(dir), 'utf8').trim())
  if (!pid || pid === process.pid) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}

export function holdDataDir(dir: string): () => void {
  writeFileSync(lockFile(dir), `${process.pid}\n`)
  return () => {
    if (existsSync(lockFile(dir)) && Number(readFileSync(lockFile(dir), 'utf8').trim()) === process.pid) rmSync(lockFile(dir))
  }
}
