// staff:add --email ADDRESS --role ROLE   (password on standard input)
// staff:list
// staff:remove --email ADDRESS
import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'
import { withDatabase } from '../db/command'
import { isRole, listStaff, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, removeStaff, ROLES, upsertStaff } from '../db/queries/staff'
import { type Commands, UsageError } from './usage'

// The command line is the actor recorded in the audit log. In a container
// neither variable is set (docker exec): the account the command runs as.
function operator(): string {
  const named = process.env.SUDO_USER || process.env.USER
  if (named) return named
  try {
    return userInfo().username
  } catch {
    return 'unknown user' // a uid without a passwd entry (docker run --user 1234)
  }
}
const actor = () => ({ id: null, email: `command line (${operator()})` })

// Piped: the first line of standard input. At a terminal: asked for, not echoed.
async function readPassword(): Promise<string> {
  const stdin = process.stdin
  if (!stdin.isTTY) {
    let text = ''
    for await (const chunk of stdin) text += chunk
    return text.split(/\r?\n/)[0] ?? ''
  }
  process.stderr.write('Password: ')
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  return new Promise((done) => {
    let password = ''
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false)
          stdin.off('data', onData)
          stdin.pause()
          process.stderr.write('\n')
          return done(password)
        }
        if (ch === '\u0003') process.exit(130)
        password = ch === '\u007f' ? password.slice(0, -1) : password + ch
      }
    }
    stdin.on('data', onData)
  })
}

function options(args: string[]) {
  try {
    return parseArgs({ args, options: { email: { type: 'string' }, role: { type: 'string' } } }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error)) // an unknown option or a stray argument
  }
}

export const staffCommands: Commands = {
  'staff:add': {
    usage: `--email ADDRESS --role ${ROLES.join('|')}   (the password, ${PASSWORD_MIN_LENGTH} characters or more, on standard input)`,
    async run(args) {
      const values = options(args)
      if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) throw new UsageError('Give an address: --email ADDRESS')
      if (!isRole(values.role)) throw new UsageError(`Give a role: --role ${ROLES.join('|')}`)
      const password = await readPassword()
      if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
        throw new UsageError(`The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`)
      }
      const email = values.email
      const role = values.role
      const result = await withDatabase((db) => upsertStaff(db, { email, role, password }, actor()))
      console.log(`${result.created ? 'Created' : 'Updated'} ${email.toLowerCase()} (${role}).`)
    },
  },
  'staff:list': {
    usage: '',
    async run() {
      const accounts = await withDatabase((db) => listStaff(db))
      if (!accounts.length) console.log('No staff accounts yet: add one with staff:add --email ADDRESS --role admin')
      for (const a of accounts) console.log(`${a.email}\t${a.role}\t${a.createdAt.toISOString().slice(0, 10)}`)
    },
  },
  'staff:remove': {
    usage: '--email ADDRESS',
    async run(args) {
      const email = options(args).email
      if (!email) throw new UsageError('Give an address: --email ADDRESS')
      const removed = await withDatabase((db) => removeStaff(db, email, actor()))
      if (!removed) throw new UsageError(`No account for ${email}.`)
      console.log(`Removed ${email.toLowerCase()}.`)
    },
  },
}
