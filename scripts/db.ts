// npm run db:migrate | db:backup [-- FILE] | db:restore -- FILE
import { resolve } from 'node:path'
import { backup, BackupFormatError, restore } from '../lib/db/backup'
import { withDatabase } from '../lib/db/command'

const [command, file] = process.argv.slice(2)

async function main(): Promise<void> {
  switch (command) {
    case 'migrate':
      await withDatabase(async () => {})
      console.log('Database schema is up to date.')
      return
    case 'backup': {
      const target = resolve(file ?? `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`)
      const header = await withDatabase((db) => backup(db, target))
      console.log(`Backup written to ${target} (${Object.values(header.tables).reduce((a, b) => a + b, 0)} rows).`)
      return
    }
    case 'restore': {
      if (!file) throw new BackupFormatError('Name the backup to restore: npm run db:restore -- FILE')
      const header = await withDatabase((db) => restore(db, resolve(file)))
      console.log(`Restored ${resolve(file)}, made ${header.createdAt}.`)
      return
    }
    default:
      throw new BackupFormatError('Usage: tsx scripts/db.ts migrate | backup [FILE] | restore FILE')
  }
}

main().catch((error) => {
  console.error(error instanceof BackupFormatError ? error.message : error)
  process.exit(1)
})
