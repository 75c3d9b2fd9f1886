// Whether a consultation is upcoming, open or closed, from its front matter
// and the clock. Pure: the pages, the comment action and the tests all ask
// the same question with their own `now`.
import type { ConsultationData } from '../content/schemas'

export type ConsultationPhase =
  | { phase: 'upcoming'; opens: Date; closes: Date }
  | { phase: 'open'; opens: Date; closes: Date }
  // `closes` is a Date when known to the minute; otherwise `closedIn` is
  // the year, month or day the source gives, with `note` explaining.
  | { phase: 'closed'; closes?: Date; closedIn?: string; note?: string }

export function consultationPhase(consultation: ConsultationData, now: Date): ConsultationPhase {
  if (!consultation.closes.includes('T') || !consultation.opens) {
    return { phase: 'closed', closedIn: consultation.closes, note: consultation.closedNote }
  }
  const opens = new Date(consultation.opens)
  const closes = new Date(consultation.closes)
  if (now < opens) return { phase: 'upcoming', opens, closes }
  if (now < closes) return { phase: 'open', opens, closes }
  return { phase: 'closed', closes, note: consultation.closedNote }
}

/** Open consultations first (closing soonest first), then upcoming, then closed (latest first). */
export function consultationOrder(a: ConsultationPhase, b: ConsultationPhase): number {
  const rank = { open: 0, upcoming: 1, closed: 2 } as const
  if (rank[a.phase] !== rank[b.phase]) return rank[a.phase] - rank[b.phase]
  if (a.phase === 'closed' && b.phase === 'closed') return closedTime(b) - closedTime(a)
  const at = (p: ConsultationPhase) => (p.phase === 'open' ? p.closes.getTime() : p.phase === 'upcoming' ? p.opens.getTime() : 0)
  return at(a) - at(b)
}

function closedTime(p: Extract<ConsultationPhase, { phase: 'closed' }>): number {
  return p.closes ? p.closes.getTime() : Date.parse(p.closedIn ?? '0')
}

/** A moment in the visitor's language, with its time zone (UTC: the server cannot know the visitor's). */
export function formatMoment(locale: string, moment: Date): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(moment)
}
