import { createHash } from 'node:crypto'
import type { CollectionData, CollectionName } from './schemas'

// What a translation was made from: a short hash of each part of the English
// original a translator translates, recorded in the translation's front
// matter as `translatedFrom` (by `npm run content:status -- --mark`, and by
// anything else that saves a reviewed translation). The status report
// compares it with the English as it is now.
//
// Each part is hashed on its own and a part the English lacks is left out,
// so adding a translatable field to the schema outdates only the pages that
// use it. (A single hash over a fixed list of fields did not: adding the
// membership declaration to the list changed every page's hash, and 13 of 15
// translations made from the current English showed as outdated.) Hashing
// the text rather than using git history or file times keeps the status the
// same in a fresh clone, and per part the report can say what to translate.
export const translatedParts = [
  'title',
  'description',
  'summary',
  'nav',
  'eligibility',
  'status',
  'consultation',
  'callNote',
  'body',
] as const
export type TranslatedPart = (typeof translatedParts)[number]
export type TranslatedFrom = Partial<Record<TranslatedPart, string>>

export const PART_HASH = /^[0-9a-f]{8}$/

// A checkout with Windows line endings is the same text.
const normalised = (text: string) => text.replace(/\r\n?/g, '\n').trim()

function hash(text: string): string {
  return createHash('sha256').update(normalised(text)).digest('hex').slice(0, 8)
}

// The English original's parts as they are now. Keywords, dates, ids and
// links are not translated (or must match), so they are not here; a
// document kept in its original language has no translated body.
export function translatedFrom<C extends CollectionName>(data: CollectionData[C], body: string): TranslatedFrom {
  const d = data as Partial<CollectionData['pages'] & CollectionData['working-groups'] & CollectionData['publications']>
  const parts: Record<TranslatedPart, string | undefined> = {
    title: d.title,
    description: d.description,
    summary: d.summary,
    nav: d.nav?.label,
    eligibility: d.eligibility
      ? JSON.stringify([d.eligibility.intro, d.eligibility.criteria.map((c) => c.label), d.eligibility.declaration ?? null])
      : undefined,
    status: d.status?.source,
    consultation: d.consultation?.closedNote,
    callNote: d.callNote,
    body: d.originalLanguageOnly || normalised(body) === '' ? undefined : body,
  }
  return Object.fromEntries(translatedParts.filter((p) => parts[p] !== undefined).map((p) => [p, hash(parts[p]!)]))
}

// The parts of the English that changed (or appeared, or went) since the
// translation recorded `recorded`; every part when it recorded nothing.
export function changedParts(recorded: TranslatedFrom | undefined, current: TranslatedFrom): TranslatedPart[] {
  return translatedParts.filter((p) => (recorded === undefined ? p in current : recorded[p] !== current[p]))
}

// The file's text with `translatedFrom` set to `from`, on one line at the end
// of the front matter (replacing any earlier one, in whatever layout), the
// rest of the file untouched.
export function recordTranslatedFrom(text: string, from: TranslatedFrom): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const open = /^---\r?\n/.exec(text)
  const close = open ? /^---[ \t]*\r?$/m.exec(text.slice(open[0].length)) : null
  if (!open || !close) throw new Error('the file has no front matter (--- block) to record translatedFrom in')
  const end = open[0].length + close.index
  // Ends with a line break, as the closing --- starts a line.
  const front = text.slice(open[0].length, end).replace(/^translatedFrom:.*(?:\r?\n[ \t]+.*)*\r?\n/m, '')
  const line = `translatedFrom: { ${translatedParts
    .filter((p) => from[p] !== undefined)
    .map((p) => `${p}: "${from[p]}"`)
    .join(', ')} }`
  return `${open[0]}${front}${line}${eol}${text.slice(end)}`
}
