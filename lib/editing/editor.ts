// One content file on the desk: what the edit form shows, and what a
// "Propose change" does with it (check, conflict refusal, proposal, audit).
import matter from 'gray-matter'
import { type ContentProblem, formatProblem, translatedParts, type TranslatedPart } from '../content'
import { recordTranslatedFrom, translatedFrom } from '../content/translated-from'
import { collections, type CollectionName } from '../content/schemas'
import type { Database } from '../db/client'
import { recordAudit } from '../db/queries/audit'
import { defaultLocale, type Locale } from '../i18n/config'
import { checkChange } from './check'
import { diffLines } from './diff'
import { isTranslatedField } from './field-paths'
import { type Field, formFields, fromFormValues, type FormValues, MANAGED_FIELDS, toFormValues } from './fields'
import { editFrontMatter, joinFile, type Plain, readFrontMatter, splitFile } from './front-matter'
import { branchFor, ChangedSinceOpened, type ContentStore, isCommitId, NothingChanged, type OpenChange } from './store'

export interface EditTarget {
  locale: Locale
  collection: CollectionName
  slug: string
}

export const filePath = (t: EditTarget) => `content/${t.locale}/${t.collection}/${t.slug}.md`

export interface OpenedFile {
  path: string
  fields: Field[]
  values: FormValues
  body: string
  // The commit the form was made from: the base branch, or the open change.
  base: string
  exists: boolean
  change?: OpenChange
  english?: { values: FormValues; body: string }
  // For a translation: what changed in the English since it was made.
  outdated: TranslatedPart[]
  englishChanges?: string
}

// The body as a textarea shows it: HTML drops a first line break after
// <textarea>, so leading blank lines are kept aside and put back on saving.
const leadingBlank = (body: string) => /^(?:[ \t]*\r?\n)*/.exec(body)![0]

function parsed(text: string | undefined) {
  const split = text === undefined ? undefined : splitFile(text)
  return split ? { split, data: readFrontMatter(split.front) } : undefined
}

// The open change an edit of the file joins: the file's own branch, or for
// a translation of an English file that is only proposed (not merged yet),
// the English's branch, where the content check finds the English.
async function changeFor(store: ContentStore, target: EditTarget): Promise<OpenChange | undefined> {
  const open = (await store.changes()).filter((c) => c.state === 'open')
  const own = open.find((c) => c.branch === branchFor([{ path: filePath(target), text: '' }]))
  if (own || target.locale === defaultLocale) return own
  const englishPath = filePath({ ...target, locale: defaultLocale })
  const english = open.find((c) => c.files.includes(englishPath))
  return english && (await store.read(englishPath, await store.head())) === undefined ? english : undefined
}

// A translation not made yet: the English's dates, ids and addresses (which
// the check holds it to), its words left empty to be written, the English beside them.
const untranslated = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).map(([path, value]) => [path, isTranslatedField(path) ? '' : value]))

// The English `translatedFrom` as the content check computes it.
function currentSource(collection: CollectionName, englishText: string) {
  const { data, content } = matter(englishText, {})
  const result = collections[collection].safeParse(data)
  return result.success ? translatedFrom(result.data, content) : undefined
}

// Finds, in the English file's history, the version the translation was
// made from (the one whose parts hash to its translatedFrom), and shows what
// changed since. Only where the store keeps history cheaply (the local one).
async function englishSince(store: ContentStore, t: EditTarget, recorded: Record<string, string>, englishNow: string, base: string) {
  if (!store.history) return undefined
  const englishPath = filePath({ ...t, locale: defaultLocale })
  for (const commit of await store.history(englishPath, base, 50)) {
    const text = await store.read(englishPath, commit)
    const parts = text === undefined ? undefined : currentSource(t.collection, text)
    if (parts && translatedParts.every((p) => parts[p] === recorded[p])) {
      return diffLines(text!, englishNow)
        .filter((l) => l.op !== ' ')
        .map((l) => `${l.op}${l.text}`)
        .join('\n')
    }
  }
  return undefined
}

// A new English file (/staff/content/new): empty but for the day it was written.
const NEW_FILE = () => ({
  split: { open: '---\n', front: '', close: '---\n', body: '' },
  data: { updated: new Date().toISOString().slice(0, 10) },
})

export async function openFile(
  store: ContentStore,
  target: EditTarget,
  options: { create?: boolean } = {},
): Promise<OpenedFile | undefined> {
  const path = filePath(target)
  const change = await changeFor(store, target)
  const base = change?.head ?? (await store.head())
  const fields = formFields(target.collection)
  const own = parsed(await store.read(path, base))
  const englishText = target.locale === defaultLocale ? undefined : await store.read(filePath({ ...target, locale: defaultLocale }), base)
  const english = parsed(englishText)
  const create = options.create && target.locale === defaultLocale && !own
  if (!own && !create && (target.locale === defaultLocale || !english)) return undefined
  const start = own ?? (create ? NEW_FILE() : english!)
  const body = own || create ? start.split.body : ''
  const recorded = own?.data.translatedFrom as Record<string, string> | undefined
  const now = englishText ? currentSource(target.collection, englishText) : undefined
  const outdated = own && now ? translatedParts.filter((p) => (recorded ? recorded[p] !== now[p] : p in now)) : []
  const values = toFormValues(fields, start.data)
  return {
    path,
    fields,
    values: own || create ? values : untranslated(values),
    body: body.slice(leadingBlank(body).length),
    base,
    exists: own !== undefined,
    change,
    english: english && { values: toFormValues(fields, english.data), body: english.split.body.trimStart() },
    outdated,
    englishChanges: outdated.length && recorded && englishText ? await englishSince(store, target, recorded, englishText, base) : undefined,
  }
}

export type ProposeResult =
  | { ok: true; branch: string; added: boolean; url?: string }
  | { ok: false; problems: ContentProblem[] }
  | { ok: false; conflict: { path: string; diff: string } }
  | { ok: false; refused: string }

export interface EditInput {
  values: FormValues
  body: string
  message: string
  base: string
  // A new English file: the languages whose translations it opens.
  opens?: string[]
}

export interface Staffer {
  id: string
  email: string
}

// The file's new text: the front matter edited in place, the body as typed
// (line breaks as the file has them), and for a translation the English it
// was made from.
export async function editedText(store: ContentStore, target: EditTarget, input: EditInput): Promise<string> {
  const path = filePath(target)
  const fields = formFields(target.collection)
  const englishText =
    target.locale === defaultLocale ? undefined : await store.read(filePath({ ...target, locale: defaultLocale }), input.base)
  const original = splitFile((await store.read(path, input.base)) ?? englishText ?? '---\n---\n')
  if (!original) throw new Error(`${path} has no front matter`)
  const eol = original.front.includes('\r\n') ? '\r\n' : '\n'
  let body = input.body.replace(/\r\n?/g, '\n')
  if (original.body.endsWith('\n') && !body.endsWith('\n')) body += '\n'
  body = leadingBlank(original.body) + (eol === '\n' ? body : body.replace(/\n/g, eol))
  // What the form does not show (translatedFrom) stays as it was.
  const kept = Object.fromEntries(Object.entries(readFrontMatter(original.front)).filter(([key]) => MANAGED_FIELDS.has(key))) as Record<
    string,
    Plain
  >
  const front = editFrontMatter(original.front, { ...fromFormValues(fields, input.values), ...kept })
  const text = joinFile({ ...original, front, body })
  const source = englishText ? currentSource(target.collection, englishText) : undefined
  return source ? recordTranslatedFrom(text, source) : text
}

export async function proposeEdit(
  db: Database,
  store: ContentStore,
  target: EditTarget,
  input: EditInput,
  staff: Staffer,
): Promise<ProposeResult> {
  const path = filePath(target)
  if (!isCommitId(input.base)) return { ok: false, refused: 'the form is out of date: open the file again.' }
  const audit = (action: 'content-proposed' | 'content-refused', detail: Record<string, unknown>) =>
    recordAudit(db, { actorId: staff.id, actorEmail: staff.email, action, target: path, detail })
  const text = await editedText(store, target, input)
  const files = [{ path, text }]
  const problems = await checkChange(store, input.base, files)
  if (problems.length > 0) {
    await audit('content-refused', { reason: 'content check', problems: problems.map(formatProblem) })
    return { ok: false, problems }
  }
  const message = input.message.trim() || `Edit ${path}`
  try {
    // An English file's branch is its own (branchFor): only a translation may join another.
    const english = target.locale === defaultLocale
    const branch = english ? undefined : (await changeFor(store, target))?.branch
    const opens = english ? input.opens : undefined
    const proposed = await store.propose({ files, message, author: { email: staff.email }, base: input.base, branch, opens })
    await audit('content-proposed', { branch: proposed.branch, commit: proposed.commit, added: proposed.added, pull: proposed.number })
    return { ok: true, branch: proposed.branch, added: proposed.added, url: proposed.url }
  } catch (error) {
    if (error instanceof ChangedSinceOpened) {
      await audit('content-refused', { reason: 'changed since opened' })
      return { ok: false, conflict: { path: error.path, diff: error.diff } }
    }
    if (error instanceof NothingChanged) {
      await audit('content-refused', { reason: 'nothing changed' })
      return { ok: false, refused: 'the file is the same as before.' }
    }
    await audit('content-refused', { reason: (error as Error).message })
    return { ok: false, refused: (error as Error).message }
  }
}
