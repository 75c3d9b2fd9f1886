// The draft "Report of public comments" of a closed consultation: a
// publication in markdown (the publications format, passing
// content:check), per point the number of comments and the published ones
// quoted with name and organisation, then the comments on the whole draft.
// The Secretariat writes the summary paragraphs and publishes it; its
// `reportOf` makes the statement link to it. The desk proposes `path` with
// `text` as a content change (propose-report.ts), or offers a download.
import { entryPath, getContent, type Entry } from '../content'
import { pointId } from '../content/points'
import { getDb, type Database } from '../db/client'
import { type Actor, recordAudit } from '../db/queries/audit'
import { allComments, type ExportedComment } from '../db/queries/comments'
import { consultationPhase } from '.'
import { firstWords } from './points'

export interface ReportFile {
  /** Where it goes in the repository. */
  path: string
  text: string
}

export const reportSlug = (consultation: string) => `${consultation}-report`
export const reportPath = (consultation: string) => `content/en/publications/${reportSlug(consultation)}.md`

const day = (date: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date)
const isoDay = (date: Date) => date.toISOString().slice(0, 10)
const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`

// Comments are quoted as their authors wrote them, never read as markdown:
// what would be syntax (emphasis, links, raw HTML, entities, tables, the
// {{site.…}} placeholders) is escaped, and so is whatever would start a
// block at the start of a line (a heading, a list, a rule, code).
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&|~]/g, '\\$&')
    .replace(/^\s+/, '')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/** A comment's text as a block quote, its line breaks kept. */
export function quote(body: string): string {
  const lines = body.split('\n').map((line) => markdownText(line.trimEnd()))
  return lines.map((line, i) => (line === '' ? '>' : `> ${line}${i < lines.length - 1 && lines[i + 1] !== '' ? '\\' : ''}`)).join('\n')
}

function section(comments: ExportedComment[]): string[] {
  const published = comments.filter((c) => c.status === 'published')
  const out = [`Comments received: ${comments.length}. Published: ${published.length}.`, '', 'Summary: to be written by the Secretariat.']
  for (const c of published) {
    const who = [`**${markdownText(c.name)}**`, c.organisation && markdownText(c.organisation), day(c.createdAt)].filter(Boolean).join(', ')
    out.push('', `${who}:`, '', quote(c.body))
  }
  return out
}

/** The report's file from the English statement and every comment on it (any status, as exported). */
export function reportFile(statement: Entry<'publications'>, comments: ExportedComment[], generated: Date): ReportFile {
  const phase = consultationPhase(statement.data.consultation!, generated)
  const link = entryPath('publications', statement.slug)
  const title = statement.data.title
  const byPoint = new Map<number | null, ExportedComment[]>()
  // A point a later edit took away, like a comment from before points, counts for the whole draft.
  for (const c of comments) {
    const point = c.point !== null && c.point <= statement.points.length ? c.point : null
    byPoint.set(point, [...(byPoint.get(point) ?? []), c])
  }
  const period =
    phase.phase === 'closed' && phase.closes && statement.data.consultation?.opens
      ? ` from ${day(new Date(statement.data.consultation.opens))} to ${day(phase.closes)} (UTC)`
      : ''
  const body = [
    `> **Editor's note (${day(generated)}):** generated from this site's comments on ${day(generated)}. The counts and the quoted comments come from its database; the summary paragraphs are for the Secretariat to write before this report is published.`,
    '',
    '## About this report',
    '',
    `[${markdownText(title)}](${link}) was open for public comment${period}. For each numbered point of the draft, then for the draft as a whole, this report gives the number of comments received and quotes the published ones as their authors wrote them, with their name and organisation. Comments that were not published are counted, not quoted.`,
    '',
    `In all: ${plural(comments.length, 'comment', 'comments')} received, ${comments.filter((c) => c.status === 'published').length} published.`,
    ...statement.points.flatMap((point) => [
      '',
      `## Point ${point.number}`,
      '',
      `[Point ${point.number} of the draft](${link}#${pointId(point.number)}): “${markdownText(firstWords(point.text, statement.textLocale, 12))}”`,
      '',
      ...section(byPoint.get(point.number) ?? []),
    ]),
    '',
    '## The whole draft',
    '',
    ...section(byPoint.get(null) ?? []),
  ]
  const front = [
    '---',
    `title: ${JSON.stringify(`Report of public comments: ${title}`)}`,
    `summary: ${JSON.stringify(`The comments on the draft “${title}”, point by point: how many each point received, and the published comments as their authors wrote them.`.slice(0, 400))}`,
    `date: "${isoDay(generated)}"`,
    `reportOf: ${statement.slug}`,
    `updated: "${isoDay(generated)}"`,
    '---',
  ]
  return { path: reportPath(statement.slug), text: `${[...front, ...body].join('\n')}\n` }
}

/**
 * The report of a consultation from the database, logged like an export:
 * undefined when there is no such consultation, 'open' before its close.
 */
export async function commentReport(
  slug: string,
  actor: Actor,
  generated = new Date(),
  db: Database = getDb(),
): Promise<ReportFile | 'open' | undefined> {
  const statement = getContent().entry('publications', 'en', slug)
  if (!statement?.data.consultation) return undefined
  if (consultationPhase(statement.data.consultation, generated).phase !== 'closed') return 'open'
  await recordAudit(db, {
    actorId: actor.id,
    actorEmail: actor.email,
    action: 'comments-exported',
    target: `consultation:${slug}`,
    detail: { format: 'report' },
  })
  return reportFile(statement, await allComments(db, slug, { byPoint: true }), generated)
}
