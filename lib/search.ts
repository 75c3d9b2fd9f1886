import MiniSearch, { type Options, type SearchResult as MiniSearchResult } from 'minisearch'
import { getContent } from './content'
import type { Locale } from './i18n/config'
import { getPathname } from './i18n/navigation'
import { contentRoutes } from './routes'

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
  keywords: string
  text: string
  url: string
  lang: Locale
}

export const MAX_QUERY_LENGTH = 200
const SNIPPET_LENGTH = 200
// How much text to show before the first match, so it has some context.
const SNIPPET_LEAD = 60
const MAX_RESULTS = 50

// ---------------------------------------------------------------------------
// Tokens

// Words are found by Unicode's word-break rules, which for Chinese, Japanese,
// Thai and the like (written without spaces) look words up in ICU's
// dictionary: 秘书处负责 -> 秘书 | 处 | 负责. The rules depend on the script,
// not the language, so one segmenter serves every language, the index and
// the query alike.
const segmenter = new Intl.Segmenter('und', { granularity: 'word' })
// Within a segment, only letters and digits: "l'adhésion" is found by
// "adhésion", "e-mail" by "mail", as before segmentation.
const WORD_PART = /[\p{L}\p{M}\p{N}]+/gu
const HAN_RUN = /\p{Script=Han}{2,}/gu
const HAN = /\p{Script=Han}/u
const HAN_CHAR = /^\p{Script=Han}$/u
const HAN_BEFORE = /\p{Script=Han}$/u
const HAN_AFTER = /^\p{Script=Han}/u

interface Token {
  text: string
  start: number
  end: number
}

// A query's words are segmented on their own, a page's in context, and the
// dictionary can cut the same characters differently (域名 alone, 域 | 名 in
// a longer run); and a visitor may type part of a word (书处 of 秘书处). So
// each run of Chinese characters is also indexed as overlapping character
// pairs, which any text containing the typed characters contains too; lone
// characters inside a run are left to the pairs (they would otherwise have
// to match exactly a character the page's context made part of a word).
// Measured on the Chinese pages (1,500 random 2-5 character strings from
// them): words alone find every page containing the string for 89% of them
// (92% with prefix search), words and pairs for all. A lone character is
// found where it starts a word or pair, not at the end of a run (84%).
function tokensOf(text: string): Token[] {
  const tokens: Token[] = []
  const words = new Set<string>()
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue
    for (const part of segment.segment.matchAll(WORD_PART)) {
      const start = segment.index + part.index
      const end = start + part[0].length
      if (
        HAN_CHAR.test(part[0]) &&
        (HAN_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || HAN_AFTER.test(text.slice(end, end + 2)))
      )
        continue
      tokens.push({ text: part[0], start, end })
      words.add(`${start}:${end}`)
    }
  }
  for (const run of text.matchAll(HAN_RUN)) {
    const chars = [...run[0]]
    let start = run.index
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i]! + chars[i + 1]!
      const end = start + pair.length
      if (!words.has(`${start}:${end}`)) tokens.push({ text: pair, start, end })
      start += chars[i]!.length
    }
  }
  return tokens
}

// The index, the query and the snippet highlighter all cut text here.
export function tokenize(text: string): string[] {
  return tokensOf(text).map((t) => t.text)
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

const FUZZY_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]+$/u

const OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'keywords', 'text'],
  storeFields: ['title', 'url', 'lang', 'text'],
  tokenize,
  processTerm: (term) => normaliseTerm(term) || null,
  searchOptions: {
    boost: { title: 3, keywords: 2 },
    // Every word must match (search() falls back to any word).
    combineWith: 'AND',
    // "regist" finds "registrars", not for single letters, which would match
    // half the site. A lone Chinese character (part of a word) finds the words
    // and pairs it starts; longer Chinese terms are matched whole, by pairs.
    prefix: (term) => (HAN.test(term) ? [...term].length === 1 : term.length >= 2),
    // One typo is forgiven in longer words in alphabetic scripts.
    fuzzy: (term) => (term.length > 4 && FUZZY_SCRIPT.test(term) ? 0.2 : false),
  },
}

// ---------------------------------------------------------------------------
// Index

const indexes = new Map<Locale, MiniSearch<SearchDocument>>()

function documents(locale: Locale): SearchDocument[] {
  const content = getContent()
  // The markdown pages of the site's route list, each in this language.
  return contentRoutes(content).map(({ collection, slug, path }) => {
    const entry = content.entry(collection, locale, slug)!
    const url = getPathname({ locale, href: path })
    return {
      id: url,
      url,
      title: entry.data.title,
      keywords: (entry.data.keywords ?? []).join('\n'),
      // One line: snippets are cut from it.
      text: entry.text.replace(/\s+/g, ' ').trim(),
      lang: entry.textLocale,
    }
  })
}

function indexFor(locale: Locale): MiniSearch<SearchDocument> {
  let index = indexes.get(locale)
  if (!index) {
    index = new MiniSearch<SearchDocument>(OPTIONS)
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

// Each result's text cut into normalised terms, once per page for the life
// of the process: re-segmenting every result's whole text on every search
// took tens of milliseconds for common words.
const termsOfText = new Map<string, Token[]>()

function termsOf(id: string, text: string): Token[] {
  let terms = termsOfText.get(id)
  if (!terms) {
    terms = tokensOf(text).map((t) => ({ ...t, text: normaliseTerm(t.text) }))
    terms.sort((a, b) => a.start - b.start)
    termsOfText.set(id, terms)
  }
  return terms
}

// Where the terms the index matched are in the text, cut by the same
// tokenizer as the index; adjacent marks are joined, so 秘书 + 书处 is
// marked as 秘书处.
function matchSpans(text: string, terms: readonly Token[], matched: ReadonlySet<string>): Span[] {
  const merged: Span[] = []
  for (const term of terms) {
    if (!matched.has(term.text)) continue
    const last = merged.at(-1)
    // Overlapping, or only spaces apart: "Mar del Plata" is marked as one.
    if (last && (term.start <= last.end || /^\s+$/.test(text.slice(last.end, term.start)))) last.end = Math.max(last.end, term.end)
    else merged.push({ start: term.start, end: term.end })
  }
  return merged
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
  return [
    ...query
      .slice(0, MAX_QUERY_LENGTH * 4)
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim()
}

function toResult(hit: MiniSearchResult): SearchResult {
  const text = String(hit.text ?? '')
  return {
    title: String(hit.title),
    url: String(hit.url),
    lang: hit.lang as Locale,
    snippet: snippet(text, matchSpans(text, termsOf(String(hit.id), text), new Set(hit.terms))),
  }
}

// Ranked results for what a visitor typed; never throws on odd input. Every
// word must match; when no page has them all, pages with any of them are
// shown instead.
export function search(locale: Locale, query: unknown): SearchResult[] {
  const q = cleanQuery(query)
  if (!q || tokenize(q).length === 0) return []
  const index = indexFor(locale)
  let hits = index.search(q)
  if (hits.length === 0) hits = index.search(q, { combineWith: 'OR' })
  return hits.slice(0, MAX_RESULTS).map(toResult)
}
