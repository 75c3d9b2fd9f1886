// The language lint: what a machine can check of a translation's grammar and
// house style, over the messages (lib/i18n/messages) and the content files.
// Run by `npm run content:check` and tests/unit/language-lint.test.ts.
//
// - plurals: every count has the plural forms its language has (CLDR, from
//   Intl.PluralRules), and a count English words as a plural is a plural in
//   every language;
// - typography, per language (see RULES): French no-break spaces and
//   apostrophes, Spanish opening marks, Chinese and Arabic punctuation;
// - forbidden variants: words of another variant of the language, or of an
//   older wording, from lib/i18n/style/<language>.json;
// - glossary: the one term each language uses for the constituency's own
//   bodies, in the same file; where the English text names one, the
//   translation must use that term.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import matter from 'gray-matter'
import { CAPTION } from '../../content/markdown'
import type { ContentProblem } from '../../content/problems'
import { defaultLocale, type Locale, locales } from '../config'

export type Rule = 'french-spacing' | 'typographic-apostrophe' | 'spanish-opening-marks' | 'chinese-punctuation' | 'arabic-punctuation'

export interface Variant {
  /** A regular expression (case-insensitive), matched as a whole word unless the language sets wordBoundaries: false. */
  pattern: string
  use: string
  why: string
}

export interface GlossaryTerm {
  /** In en.json: how English names it. Elsewhere: the term this language uses. */
  term: string
  /** Other renderings of it that this language does not use. */
  avoid?: string[]
}

export interface LanguageStyle {
  rules?: Rule[]
  /** False for scripts that attach particles to words (Arabic) or do not separate words (Chinese). */
  wordBoundaries?: boolean
  forbidden?: Variant[]
  glossary?: Record<string, GlossaryTerm>
}

// Bundled into the server (the desk checks proposed content), the module has
// no folder of its own: the standalone server runs in its folder, where
// next.config.ts copies the style files.
export const STYLE_DIR = import.meta.dirname ?? join(process.cwd(), 'lib/i18n/style')

export function loadStyle(locale: string, dir = STYLE_DIR): LanguageStyle {
  return JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as LanguageStyle
}

// A piece of text a reader sees, with where it lives: a message key, a
// front matter field or a line of the body.
interface Unit {
  where: string
  // Unit ids shared by a translation and its English original (the same
  // message key, the same front matter field, or the body).
  id: string
  text: string
}

// Stands for what a placeholder ({name}, #) will hold: not a letter, so no
// rule reads it as part of a word, and no punctuation either.
const SLOT = '\uFFFC'

// --- Messages --------------------------------------------------------------

interface Counted {
  name: string
  options: string[]
}

// Every text the message can produce (one per plural or select option),
// and the plurals in it.
function readMessage(source: string): { texts: string[]; plurals: Counted[] } {
  const plurals: Counted[] = []
  const expand = (list: MessageFormatElement[]): string[] =>
    list.reduce<string[]>(
      (prefixes, e) => {
        let parts: string[]
        if (e.type === TYPE.literal) parts = [e.value]
        else if (e.type === TYPE.tag) parts = expand(e.children)
        else if (e.type === TYPE.plural || e.type === TYPE.select) {
          if (e.type === TYPE.plural) plurals.push({ name: e.value, options: Object.keys(e.options) })
          parts = Object.values(e.options).flatMap((o) => expand(o.value))
        } else parts = [SLOT]
        return prefixes.flatMap((p) => parts.map((part) => p + part))
      },
      [''],
    )
  return { texts: expand(parse(source)), plurals }
}

// The English messages as the glossary reads them (a broken one is the
// English file's own problem).
function englishMessageUnits(english: unknown): Unit[] {
  return leaves(english).flatMap(([key, source]) => {
    try {
      return [{ where: `key ${key}`, id: key, text: readMessage(source).texts.join('\n') }]
    } catch {
      return []
    }
  })
}

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

const pluralCategories = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]

/** Problems of one language's messages, read against the English ones. */
export function lintMessages(
  locale: string,
  messages: unknown,
  english: unknown,
  file: string,
  style = loadStyle(locale),
  englishStyle = loadStyle(defaultLocale),
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const englishUnits = englishMessageUnits(english)
  const countedInEnglish = new Map(
    leaves(english).map(([key, source]) => {
      try {
        return [key, readMessage(source).plurals.map((p) => p.name)]
      } catch {
        return [key, []]
      }
    }),
  )
  const categories = pluralCategories(locale)
  const units: Unit[] = []
  for (const [key, source] of leaves(messages)) {
    const field = `key ${key}`
    let read: ReturnType<typeof readMessage>
    try {
      read = readMessage(source)
    } catch (error) {
      problems.push({ file, field, message: `not a valid ICU message (${(error as Error).message})` })
      continue
    }
    for (const { name, options } of read.plurals) {
      const missing = categories.filter((c) => !options.includes(c))
      const unknown = options.filter((o) => !o.startsWith('=') && !categories.includes(o))
      if (missing.length)
        problems.push({
          file,
          field,
          message: `the plural of {${name}} lacks ${missing.join(', ')} (${locale} has ${categories.join(' ')})`,
        })
      if (unknown.length)
        problems.push({
          file,
          field,
          message: `the plural of {${name}} has ${unknown.join(', ')}, which ${locale} does not have (${categories.join(' ')})`,
        })
    }
    // A language with one form for every number (Chinese) needs no plural.
    if (locale !== defaultLocale && categories.length > 1)
      for (const name of countedInEnglish.get(key) ?? [])
        if (!read.plurals.some((p) => p.name === name))
          problems.push({
            file,
            field,
            message: `{${name}} counts something: write it as a plural ({${name}, plural, ${categories.map((c) => `${c} {…}`).join(' ')}})`,
          })
    for (const text of read.texts) units.push({ where: field, id: key, text })
  }
  problems.push(...lintUnits(file, units, style))
  if (locale !== defaultLocale) problems.push(...glossaryUse(file, mergeById(units), englishUnits, style, englishStyle))
  return problems
}

// --- Content ---------------------------------------------------------------

// Front matter fields that hold ids, dates and addresses, not text.
const NOT_TEXT = new Set([
  'lists',
  'updated',
  'date',
  'source',
  'topics',
  'link',
  'id',
  'group',
  'closes',
  'opens',
  'value',
  'asOf',
  'sourceUrl',
])

// Every text of the front matter, by its path (title, eligibility.criteria.2.label).
function frontMatterUnits(data: unknown, path: string[] = []): Unit[] {
  const field = path.at(-1)
  // status.source is who confirmed a status; a top-level source is the
  // English text a translation was made from.
  if (field && NOT_TEXT.has(field) && !(field === 'source' && path.length > 1)) return []
  if (typeof data === 'string') {
    const id = path.join('.')
    return [{ where: `front matter ${id}`, id, text: data }]
  }
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) => frontMatterUnits(v, [...path, k]))
  return []
}

// Markdown that is markup, not prose: code, raw HTML and autolinks, a
// link's address, a line's block marker (heading, quote, list item) and
// the "Table: " that names a table. A line-by-line reading, several times
// quicker than a full markdown parse, is enough for what the rules look at.
const CODE_FENCE = /^\s*(?:```|~~~)/
const MARKUP: [RegExp, string][] = [
  [/`[^`]*`/g, SLOT],
  [/<(?:https?:|mailto:)[^>]*>/g, SLOT],
  [/<\/?[a-z][^>]*>/gi, ''],
  [/\]\([^)]*\)/g, ']'],
  [/^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)*/, ''],
]

// The prose of the body, line by line as a reader sees it.
function bodyUnits(body: string, firstLine: number): Unit[] {
  const units: Unit[] = []
  let fenced = false
  body.split('\n').forEach((raw, i) => {
    if (CODE_FENCE.test(raw)) fenced = !fenced
    if (fenced || CODE_FENCE.test(raw) || /^\s*\[[^\]]+\]:\s/.test(raw)) return
    const text = MARKUP.reduce((line, [pattern, by]) => line.replace(pattern, by), raw).replace(CAPTION, '')
    if (text.trim()) units.push({ where: `line ${firstLine + i}`, id: 'body', text })
  })
  return units
}

/** Problems of one content file, read against its English original (if it is a translation). */
export function lintContentFile(
  locale: string,
  file: string,
  source: string,
  englishSource?: string,
  style = loadStyle(locale),
  englishStyle = loadStyle(defaultLocale),
): ContentProblem[] {
  const units = contentUnits(source)
  const problems = lintUnits(file, units, style)
  if (englishSource !== undefined && locale !== defaultLocale)
    problems.push(...glossaryUse(file, mergeById(units), mergeById(contentUnits(englishSource)), style, englishStyle))
  return problems
}

function contentUnits(source: string): Unit[] {
  const parsed = matter(source, {})
  const bodyStart = source.length - parsed.content.length
  const firstLine = source.slice(0, bodyStart).split('\n').length
  return [...frontMatterUnits(parsed.data), ...bodyUnits(parsed.content, firstLine)]
}

// The texts of one id as one: every form of a message, every line of the
// body (a term may sit in another sentence than in English).
function mergeById(units: Unit[]): Unit[] {
  const merged = new Map<string, Unit>()
  for (const u of units) {
    const known = merged.get(u.id)
    merged.set(u.id, known ? { ...known, text: `${known.text}\n${u.text}` } : { ...u, where: u.id === 'body' ? 'body' : u.where })
  }
  return [...merged.values()]
}

// --- Rules -----------------------------------------------------------------

// Web and mail addresses keep their own punctuation.
const ADDRESS = /(?:https?:\/\/|mailto:|www\.)[^\s<>"»)]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu
const HAN = '\\p{Script=Han}'
const ARABIC = '\\p{Script=Arabic}'
const NO_BREAK = '\u00a0\u202f'

// Each rule finds its problems in a text and says what to write instead.
type Check = (text: string) => string[]

const matches =
  (pattern: RegExp, message: (m: RegExpExecArray) => string): Check =>
  (text) =>
    [...text.matchAll(pattern)].map(message)

// A question or an exclamation needs its opening mark in the same sentence.
const openingMarks: Check = (text) => {
  const problems: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '?' || c === '!') {
      const opening = c === '?' ? '¿' : '¡'
      if (!text.slice(start, i).includes(opening)) problems.push(`“${text.slice(start, i + 1).trim()}” needs its opening “${opening}”`)
    }
    if ('.?!\n'.includes(c)) start = i + 1
  }
  return problems
}

const CHINESE: Record<string, string> = { ',': '“，”', ';': '“；”', ':': '“：”', '?': '“？”', '!': '“！”', '.': '“。”' }
const ARABIC_MARKS: Record<string, string> = { ',': '“،”', ';': '“؛”', '?': '“؟”' }

const RULES: Record<Rule, Check[]> = {
  'french-spacing': [
    matches(/[ \t]([:;?!])/gu, (m) => `a space before “${m[1]}” must be a no-break space (U+202F or U+00A0)`),
    // "Note: x", "Pourquoi?", but not 10:30 or markdown's ![image].
    matches(
      new RegExp(`(?<=[\\p{L}\\p{N}${SLOT}’»)\\]])([;?!]|:(?!\\d))(?!\\[)`, 'gu'),
      (m) => `“${m[1]}” needs a no-break space before it (U+202F or U+00A0)`,
    ),
    matches(new RegExp(`«(?![${NO_BREAK}])`, 'gu'), () => '“«” must be followed by a no-break space (U+202F or U+00A0)'),
    matches(new RegExp(`(?<![${NO_BREAK}])»`, 'gu'), () => '“»” must follow a no-break space (U+202F or U+00A0)'),
  ],
  'typographic-apostrophe': [matches(/(?<=\p{L})'/gu, () => 'use the typographic apostrophe “’”, not "\'"')],
  'spanish-opening-marks': [openingMarks],
  'chinese-punctuation': [
    matches(
      new RegExp(`(?<=[${HAN}\\u3000-\\u303f\\uff00-\\uffef])\\s*([,;:?!]|\\.(?=\\s|$))`, 'gu'),
      (m) => `ASCII “${m[1]}” after Chinese text: use ${CHINESE[m[1]!]}`,
    ),
    matches(new RegExp(`(?<=[${HAN}])[ \\u00a0]+(?=[${HAN}])`, 'gu'), () => 'a space between two Chinese characters'),
  ],
  'arabic-punctuation': [
    matches(new RegExp(`(?<=[${ARABIC}])\\s*([,;?])`, 'gu'), (m) => `ASCII “${m[1]}” after Arabic text: use ${ARABIC_MARKS[m[1]!]}`),
  ],
}

// Compiled once: a Unicode property class is costly to build.
const compiled = new Map<string, RegExp>()
function wordPattern(source: string, style: LanguageStyle): RegExp {
  const whole = style.wordBoundaries === false ? source : `(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}\\p{N}])`
  const known = compiled.get(whole)
  if (known) return known
  const pattern = new RegExp(whole, 'giu')
  compiled.set(whole, pattern)
  return pattern
}

function lintUnits(file: string, units: Unit[], style: LanguageStyle): ContentProblem[] {
  const problems: ContentProblem[] = []
  const forbidden = [
    ...(style.forbidden ?? []).map((v) => ({ pattern: wordPattern(v.pattern, style), message: `use “${v.use}” (${v.why})` })),
    ...Object.values(style.glossary ?? {}).flatMap((g) =>
      (g.avoid ?? []).map((a) => ({ pattern: wordPattern(a, style), message: `the glossary term is “${g.term}”` })),
    ),
  ]
  for (const unit of units) {
    const text = unit.text.replace(ADDRESS, SLOT)
    for (const rule of style.rules ?? [])
      for (const check of RULES[rule]) for (const message of check(text)) problems.push({ file, field: unit.where, message })
    // Search words are never shown: a variant there helps someone who types it.
    if (unit.id.startsWith('keywords.')) continue
    for (const { pattern, message } of forbidden)
      for (const m of text.matchAll(pattern)) problems.push({ file, field: unit.where, message: `“${m[0]}”: ${message}` })
  }
  // A message with several plural forms repeats a problem once per form.
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.field}\n${p.message}`
    return !seen.has(key) && seen.add(key)
  })
}

// Where the English names one of the constituency's bodies, the
// translation of the same text uses the language's glossary term for it.
function glossaryUse(
  file: string,
  units: Unit[],
  englishUnits: Unit[],
  style: LanguageStyle,
  englishStyle: LanguageStyle,
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const english = new Map(englishUnits.map((u) => [u.id, u.text]))
  for (const [concept, { term }] of Object.entries(style.glossary ?? {})) {
    const named = englishStyle.glossary?.[concept]
    if (!named) {
      problems.push({ file, message: `glossary concept “${concept}” is not in the English glossary` })
      continue
    }
    const inEnglish = wordPattern(named.term, englishStyle)
    const inTranslation = wordPattern(term, style)
    for (const unit of units) {
      // Each language has its own search words, not a translation of the English ones.
      if (unit.id.startsWith('keywords.')) continue
      const original = english.get(unit.id)
      if (original === undefined || !original.match(inEnglish)) continue
      inTranslation.lastIndex = 0
      if (!inTranslation.test(unit.text))
        problems.push({
          file,
          field: unit.where,
          message: `the English says “${original.match(inEnglish)![0]}”: use the glossary term “${term}”`,
        })
    }
  }
  return problems
}

// --- The whole site ----------------------------------------------------------

function markdownFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
}

export interface LintTarget {
  /** The content folder: <language>/<collection>/<slug>.md */
  content: string
  /** The folder of <language>.json messages. */
  messages: string
  /** The folder of <language>.json style files (this folder unless a test gives its own). */
  styles?: string
  /** Files are named relative to it. */
  cwd?: string
}

/** Every problem of the messages and of the content, in every language of the site. */
export function lintLanguage({ content, messages, styles = STYLE_DIR, cwd = process.cwd() }: LintTarget): ContentProblem[] {
  const englishMessages = JSON.parse(readFileSync(join(messages, `${defaultLocale}.json`), 'utf8'))
  const englishStyle = loadStyle(defaultLocale, styles)
  const problems: ContentProblem[] = []
  for (const locale of locales as readonly Locale[]) {
    const style = loadStyle(locale, styles)
    const messagesFile = join(messages, `${locale}.json`)
    const own = JSON.parse(readFileSync(messagesFile, 'utf8'))
    problems.push(...lintMessages(locale, own, englishMessages, relative(cwd, messagesFile), style, englishStyle))
    for (const name of markdownFiles(join(content, locale))) {
      const path = join(content, locale, name)
      const englishPath = join(content, defaultLocale, name)
      const english =
        locale === defaultLocale || !statSync(englishPath, { throwIfNoEntry: false }) ? undefined : readFileSync(englishPath, 'utf8')
      problems.push(...lintContentFile(locale, relative(cwd, path), readFileSync(path, 'utf8'), english, style, englishStyle))
    }
  }
  return problems
}
