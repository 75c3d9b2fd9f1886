// db:migrate | db:backup [FILE] | db:restore FILE
import { dirname, resolve } from 'node:path'
import { backup, defaultBackupFile, privateFolder, restore } from '../db/backup'
import { withDatabase } from '../db/command'
import { type Commands, UsageError } from './usage'

export const databaseCommands: Commands = {
  'db:migrate': {
    usage: '',
    async run() {
      await withDatabase(async () => {})
      console.log('Database schema is up to date.')
    },
  },
  'db:backup': {
    usage: '[FILE]   (default: DATA_DIR/backups/backup-<time>.jsonl)',
    async run([file]) {
      let target: string
      if (file) target = resolve(file)
      else {
        target = defaultBackupFile()
        privateFolder(dirname(target))
      }
      const header = await withDatabase((db) => backup(db, target))
      const rows = Object.values(header.tables).reduce((a, b) => a + b, 0)
      console.log(`Backup written to ${target} (${rows} rows).`)
    },
  },
  'db:restore': {
    usage: 'FILE   (replaces everything in the database with the backup)',
    async run([file]) {
      if (!file) throw new UsageError('Name the backup to restore: db:restore FILE')
      const header = await withDatabase((db) => restore(db, resolve(file)))
      console.log(`Restored ${resolve(file)}, made ${header.createdAt}.`)
    },
  },
}
