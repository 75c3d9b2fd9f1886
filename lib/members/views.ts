// What the public pages show of the members and officers, from the database
// when they are rendered: at build time there is none (the pages then say
// the list cannot be shown, and the first regeneration fills it in), and
// when it cannot be reached a regenerated page says the same rather than
// claim there is nobody.
import 'server-only'
import { getDb, isConnectionError } from '../db/client'
import { listedMembers, listOfficers } from '../db/queries/members'
import { formatPartialDate, type Locale } from '../i18n/config'
import { type Directory, type MemberFilter, memberDirectory } from './directory'
import { type OfficerRole, servingAndPast, utcToday } from './officers'

async function fromDatabase<T>(read: () => Promise<T>): Promise<T | undefined> {
  if (!process.env.DATABASE_URL) return undefined
  try {
    return await read()
  } catch (error) {
    if (!isConnectionError(error)) throw error
    console.error(`[db] unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

export async function directory(locale: Locale, filter: MemberFilter = {}): Promise<Directory | undefined> {
  const rows = await fromDatabase(() => listedMembers(getDb()))
  return rows && memberDirectory(rows, locale, filter)
}

export interface OfficerView {
  id: number
  role: OfficerRole
  holder: string
  organisation: string
  termStart: string
  termEnd: string
  start: string
  end: string
}

export async function officerViews(locale: Locale, now = new Date()): Promise<{ current: OfficerView[]; past: OfficerView[] } | undefined> {
  const rows = await fromDatabase(() => listOfficers(getDb()))
  if (!rows) return undefined
  const views = rows.map((o) => ({ ...o, start: formatPartialDate(locale, o.termStart), end: formatPartialDate(locale, o.termEnd) }))
  return servingAndPast(views, utcToday(now))
}
