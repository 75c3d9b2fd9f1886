// Calls for participants and consultations as announcements: what is open
// now, from the content and the clock. Pure, like lib/consultations.ts: the
// pages, the scheduler and the tests ask with their own `now`.
import type { Content } from '../content'
import type { CallData } from '../content/schemas'
import { consultationPhase } from '../consultations'
import type { Announcement } from '../db/queries/alerts'
import { defaultLocale } from '../i18n/config'

export type CallPhase = { phase: 'upcoming' | 'open' | 'closed'; opens: Date; closes: Date }

export function callPhase(call: CallData, now: Date): CallPhase {
  const opens = new Date(call.opens)
  const closes = new Date(call.closes)
  return { phase: now < opens ? 'upcoming' : now < closes ? 'open' : 'closed', opens, closes }
}

export const callOpen = (call: CallData | undefined, now: Date) => call !== undefined && callPhase(call, now).phase === 'open'

/** Every call and consultation open at `now`: what subscribers are told about once. */
export function openAnnouncements(content: Content, now: Date): Announcement[] {
  const announcements: Announcement[] = []
  for (const slug of content.slugs('working-groups')) {
    const call = content.entry('working-groups', defaultLocale, slug)?.data.call
    if (call && callOpen(call, now)) {
      const { opens, closes } = callPhase(call, now)
      announcements.push({ topic: 'calls', subject: slug, opens, closes })
    }
  }
  for (const slug of content.slugs('publications')) {
    const consultation = content.entry('publications', defaultLocale, slug)?.data.consultation
    const phase = consultation && consultationPhase(consultation, now)
    if (phase?.phase === 'open') announcements.push({ topic: 'consultations', subject: slug, opens: phase.opens, closes: phase.closes })
  }
  return announcements
}
