// What the public pages show of the members and officers, from the database
// when they are rendered. At build time there is none: the pages then say
// the list cannot be shown, and the first regeneration fills it in. When the
// database cannot be reached, a live page's regeneration fails, so Next keeps
// serving the last copy it made rather than one that claims there is nobody;
// a page rendered per request (the filter) says the list cannot be shown.
import 'server-only'
import { getDb, isConnectionError } from '../db/client'
import { listedMembers, listOfficers } from '../db/queries/members'
import { formatPartialDate, type Locale } from '../i18n/config'
import { type Directory, type MemberFilter, memberDirectory } from './directory'
import { type OfficerRole, servingAndPast, utcToday } from './officers'

type Rendering = 'live' | 'per-request'

async function fromDatabase<T>(read: () => Promise<T>, rendering: Rendering): Promise<T | undefined> {
  if (!process.env.DATABASE_URL) return undefined
  try {
    return await read()
  } catch (error) {
    if (rendering === 'live' || !isConnectionError(error)) throw error
    console.error(`[db] unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

export async function directory(locale: Locale, filter: MemberFilter = {}, rendering: Rendering = 'live'): Promise<Directory | undefined> {
  const rows = await fromDatabase(() => listedMembers(getDb()), rendering)
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
  const rows = await fromDatabase(() => listOfficers(getDb()), 'live')
  if (!rows) return undefined
  const views = rows.map((o) => ({ ...o, start: formatPartialDate(locale, o.termStart), end: formatPartialDate(locale, o.termEnd) }))
  return servingAndPast(views, utcToday(now))
}
