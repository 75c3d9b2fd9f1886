// npm run staff:add -- --email ADDRESS --role ROLE   (password on standard input)
// npm run staff:list
// npm run staff:remove -- --email ADDRESS
import { parseArgs } from 'node:util'
import { withDatabase } from '../lib/db/command'
import { isRole, listStaff, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, removeStaff, ROLES, upsertStaff } from '../lib/db/queries/staff'

class UsageError extends Error {}

// The command line is the actor recorded in the audit log.
const actor = { id: null, email: `command line (${process.env.SUDO_USER || process.env.USER || 'unknown user'})` }

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

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2)
  const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, role: { type: 'string' } } })
  switch (command) {
    case 'add': {
      if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) throw new UsageError('Give an address: --email ADDRESS')
      if (!isRole(values.role)) throw new UsageError(`Give a role: --role ${ROLES.join('|')}`)
      const password = await readPassword()
      if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
        throw new UsageError(`The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`)
      }
      const email = values.email
      const role = values.role
      const result = await withDatabase((db) => upsertStaff(db, { email, role, password }, actor))
      console.log(`${result.created ? 'Created' : 'Updated'} ${email.toLowerCase()} (${role}).`)
      return
    }
    case 'list': {
      const accounts = await withDatabase((db) => listStaff(db))
      if (!accounts.length) console.log('No staff accounts yet: npm run staff:add -- --email ADDRESS --role admin')
      for (const a of accounts) console.log(`${a.email}\t${a.role}\t${a.createdAt.toISOString().slice(0, 10)}`)
      return
    }
    case 'remove': {
      const email = values.email
      if (!email) throw new UsageError('Give an address: --email ADDRESS')
      const removed = await withDatabase((db) => removeStaff(db, email, actor))
      if (!removed) throw new UsageError(`No account for ${email}.`)
      console.log(`Removed ${email.toLowerCase()}.`)
      return
    }
    default:
      throw new UsageError('Usage: staff add --email ADDRESS --role ROLE | staff list | staff remove --email ADDRESS')
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : error)
  process.exit(1)
})
