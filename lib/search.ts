import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch'
import { entryPath, getContent, type CollectionName } from './content'
import type { Locale } from './i18n/config'
import { localePath } from './i18n/paths'

// Site search: one MiniSearch index per language over every page, working
// group and publication, built from the content API the first time that
// language is searched and kept for the life of the process. The text is
// small, so an in-memory index answers a query in milliseconds and needs no
// service or build step.

export interface SnippetSegment {
  text: string
  match: boolean
}

export interface SearchResult {
  title: string
  // Site path with the language: /fr/working-groups/x.
  url: string
  // The language the text is written in: the searched one, or English when
  // the entry has not been translated yet.
  lang: Locale
  snippet: SnippetSegment[]
}

interface SearchDocument {
  id: string
  title: string
  text: string
  url: string
  lang: Locale
}

const COLLECTIONS: readonly CollectionName[] = ['pages', 'working-groups', 'publications']
export const MAX_QUERY_LENGTH = 200
const SNIPPET_LENGTH = 200
// How much text to show before the first match, so it has some context.
const SNIPPET_LEAD = 60
const MAX_RESULTS = 50

// ---------------------------------------------------------------------------
// Text

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
const BLOCK_TAG = /<\/?(?:p|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|br|hr|div|section)\b[^>]*>/gi

function decodeEntity(whole: string, body: string): string {
  const lower = body.toLowerCase()
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : whole
  }
  return ENTITIES[lower] ?? whole
}

// The visible text of the sanitised HTML that remark-html renders: blocks
// become spaces so words in adjacent paragraphs do not run together.
export function plainText(html: string): string {
  return html
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim()
}

// ---------------------------------------------------------------------------
// Tokens

// Chinese (and Japanese) is written without spaces: a run of these
// characters is indexed as each character plus each overlapping pair, so a
// word of any length is found by the pairs it is made of.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+/gu

interface Token {
  text: string
  start: number
  end: number
  cjk: boolean
}

function tokensWithOffsets(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index
    tokens.push({ text: m[0], start, end: start + m[0].length, cjk: CJK_CHAR.test(m[0]) })
  }
  return tokens
}

function cjkTerms(run: string): string[] {
  const chars = [...run]
  const bigrams = chars.slice(0, -1).map((c, i) => c + chars[i + 1]!)
  return [...chars, ...bigrams]
}

export function tokenize(text: string): string[] {
  return tokensWithOffsets(text).flatMap((t) => (t.cjk ? cjkTerms(t.text) : [t.text]))
}

// Arabic is often written without short vowels and with several spellings
// of the same letter; the index and the query are both reduced to one form.
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g
const ARABIC_ALEF = /[\u0622\u0623\u0625\u0671]/g // آ أ إ ٱ → ا

export function normaliseTerm(term: string): string {
  return (
    term
      .normalize('NFKC')
      .toLowerCase()
      .replace(ARABIC_MARKS, '')
      .replace(ARABIC_ALEF, '\u0627')
      .replace(/\u0649/g, '\u064a') // ى → ي
      .replace(/\u0629/g, '\u0647') // ة → ه
      // Accents on Latin letters are optional: "reunion" finds "réunion".
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1')
      .normalize('NFC')
  )
}

// The site's vocabulary is a few thousand words: snippets look each one up
// here instead of normalising it again for every result.
const normalised = new Map<string, string>()
function normalisedWord(word: string): string {
  let form = normalised.get(word)
  if (form === undefined) {
    form = normaliseTerm(word)
    if (normalised.size < 100_000) normalised.set(word, form)
  }
  return form
}

function processTerm(term: string): string | null {
  return normaliseTerm(term) || null
}

const isCjkTerm = (term: string) => CJK_CHAR.test(term)
const FUZZY_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]+$/u

const searchOptions = {
  boost: { title: 3 },
  // "regist" finds "registrars"; not for single letters, which would match half the site.
  prefix: (term: string) => !isCjkTerm(term) && term.length >= 2,
  // One typo is forgiven in longer words in alphabetic scripts.
  fuzzy: (term: string) => (term.length > 4 && FUZZY_SCRIPT.test(term) ? 0.2 : false),
  tokenize,
  processTerm,
}

// ---------------------------------------------------------------------------
// Index

const indexes = new Map<Locale, MiniSearch<SearchDocument>>()

function documents(locale: Locale): SearchDocument[] {
  const content = getContent()
  return COLLECTIONS.flatMap((collection) =>
    content.entries(collection, locale).map((entry) => {
      const url = localePath(locale, entryPath(collection, entry.slug))
      return { id: url, url, title: entry.data.title, text: plainText(entry.html), lang: entry.textLocale }
    }),
  )
}

function indexFor(locale: Locale): MiniSearch<SearchDocument> {
  let index = indexes.get(locale)
  if (!index) {
    index = new MiniSearch<SearchDocument>({
      fields: ['title', 'text'],
      storeFields: ['title', 'url', 'lang', 'text'],
      tokenize,
      processTerm,
      searchOptions,
    })
    index.addAll(documents(locale))
    indexes.set(locale, index)
  }
  return index
}

// ---------------------------------------------------------------------------
// Snippets

interface Span {
  start: number
  end: number
}

// Where the matched words are in the text: whole words whose normal form the
// index matched, and for Chinese the query's character pairs (or a lone
// character searched on its own), so 秘书处 is marked as one run.
// Only the text up to one snippet's length past the first match is read.
function matchSpans(text: string, matched: ReadonlySet<string>, cjkMarks: ReadonlySet<string>): Span[] {
  const spans: Span[] = []
  for (const token of text.matchAll(TOKEN)) {
    const word = token[0]
    const start = token.index
    if (spans[0] && start > spans[0].start + SNIPPET_LENGTH) break
    if (!CJK_CHAR.test(word)) {
      if (matched.has(normalisedWord(word))) spans.push({ start, end: start + word.length })
      continue
    }
    let offset = start
    const chars = [...word]
    chars.forEach((char, i) => {
      const next = chars[i + 1]
      const pairEnd = offset + char.length + (next?.length ?? 0)
      if (next && cjkMarks.has(normaliseTerm(char + next))) spans.push({ start: offset, end: pairEnd })
      else if (cjkMarks.has(normaliseTerm(char))) spans.push({ start: offset, end: offset + char.length })
      offset += char.length
    })
  }
  spans.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    // Overlapping, or only spaces apart: "Mar del Plata" is marked as one.
    if (last && (span.start <= last.end || /^\s+$/.test(text.slice(last.end, span.start)))) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

function cjkMarksFor(query: string): Set<string> {
  const marks = new Set<string>()
  for (const token of tokensWithOffsets(query)) {
    if (!token.cjk) continue
    const chars = [...token.text]
    if (chars.length === 1) marks.add(normaliseTerm(chars[0]!))
    for (const term of cjkTerms(token.text)) if ([...term].length === 2) marks.add(normaliseTerm(term))
  }
  return marks
}

// Moves a cut to the nearest space within a few characters, so the window
// does not start or end in the middle of a word (Chinese has no spaces and
// is cut anywhere).
function atSpace(text: string, at: number, direction: 1 | -1): number {
  for (let i = 0; i < 20; i++) {
    const j = at + i * direction
    if (j <= 0 || j >= text.length) break
    if (text[j] === ' ') return direction === 1 ? j + 1 : j
  }
  return at
}

function snippet(text: string, spans: Span[]): SnippetSegment[] {
  const first = spans[0]
  let start = first ? Math.max(0, first.start - SNIPPET_LEAD) : 0
  if (start > 0) start = Math.min(atSpace(text, start, 1), first!.start)
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) end = Math.max(atSpace(text, end, -1), first?.end ?? 0)
  // Never cut a UTF-16 surrogate pair in half.
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end++

  const segments: SnippetSegment[] = []
  const push = (part: string, match: boolean) => {
    if (!part) return
    const last = segments.at(-1)
    if (last && last.match === match) last.text += part
    else segments.push({ text: part, match })
  }
  if (start > 0) push('… ', false)
  let at = start
  for (const span of spans) {
    if (span.end <= start) continue
    if (span.start >= end) break
    const s = Math.max(span.start, start)
    const e = Math.min(span.end, end)
    push(text.slice(at, s), false)
    push(text.slice(s, e), true)
    at = e
  }
  push(text.slice(at, end), false)
  if (end < text.length) push(' …', false)
  return segments
}

// ---------------------------------------------------------------------------
// Search

// Cleans up what a visitor typed: anything that is not a string, only
// spaces, or pasted pages of text.
export function cleanQuery(query: unknown): string {
  if (typeof query !== 'string') return ''
  // The slice first: a pasted book is not worth normalising in full.
  return [...query.slice(0, MAX_QUERY_LENGTH * 4).replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim()
}

function toResult(hit: MiniSearchResult, query: string): SearchResult {
  const text = String(hit.text ?? '')
  const matched = new Set(hit.terms.filter((t) => !isCjkTerm(t)))
  return {
    title: String(hit.title),
    url: String(hit.url),
    lang: hit.lang as Locale,
    snippet: snippet(text, matchSpans(text, matched, cjkMarksFor(query))),
  }
}

// Ranked results for what a visitor typed; never throws on odd input. Every
// word must match; when no page has them all, pages with any of them are
// shown instead.
export function search(locale: Locale, query: unknown): SearchResult[] {
  const q = cleanQuery(query)
  if (!q || tokenize(q).length === 0) return []
  const index = indexFor(locale)
  let hits = index.search(q, { combineWith: 'AND' })
  if (hits.length === 0) hits = index.search(q, { combineWith: 'OR' })
  return hits.slice(0, MAX_RESULTS).map((hit) => toResult(hit, q))
}
