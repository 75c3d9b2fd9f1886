// The site's administration commands, one implementation wherever they run:
// `npm run staff:add -- …` in a checkout (scripts/admin.ts through tsx) and
// `ispcp staff:add …` in the container image (the same file bundled to
// admin.mjs by scripts/bundle.ts, started by deploy/ispcp).
import { BackupFormatError } from '../db/backup'
import { databaseCommands } from './database'
import { staffCommands } from './staff'
import { type Commands, UsageError } from './usage'

const commands: Commands = { ...staffCommands, ...databaseCommands }

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length))
  return [
    'Usage: COMMAND [ARGUMENTS]   (npm run COMMAND -- ARGUMENTS in a checkout, ispcp COMMAND ARGUMENTS in the container)',
    ...Object.entries(commands).map(([name, { usage }]) => `  ${name.padEnd(width)}  ${usage}`.trimEnd()),
    'They use DATABASE_URL when set, else the embedded database of DATA_DIR (default ./data), running or not.',
  ].join('\n')
}

/** Runs one command; the exit code. */
export async function runAdmin([name, ...args]: string[]): Promise<number> {
  if (name === undefined || name === 'help' || name === '--help') {
    console.log(help())
    return name === undefined ? 1 : 0
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) {
    console.error(`Unknown command ${JSON.stringify(name)}.\n${help()}`)
    return 1
  }
  try {
    await command.run(args)
    return 0
  } catch (error) {
    console.error(error instanceof UsageError || error instanceof BackupFormatError ? error.message : error)
    return 1
  }
}
