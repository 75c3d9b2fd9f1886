import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '@/lib/content/problems'
import { locales } from '@/lib/i18n/config'
import { type LanguageStyle, lintContentFile, lintLanguage, lintMessages, loadStyle, STYLE_DIR } from '@/lib/i18n/style/lint'

const root = join(import.meta.dirname, '../..')
const FIXTURE = join(root, 'tests/fixtures/language-lint')

// One message in a language, linted against an English one, with a style
// made for the test: the problems' messages only.
function messageProblems(
  locale: string,
  text: string,
  style: LanguageStyle = {},
  english = 'English text',
  englishStyle: LanguageStyle = {},
) {
  return lintMessages(locale, { m: text }, { m: english }, 'x.json', style, englishStyle).map((p) => p.message)
}

const fr: LanguageStyle = { rules: ['french-spacing', 'typographic-apostrophe'] }

describe('the language lint, on the fixture site', () => {
  it('names the file and the message key, front matter field or body line of every problem', () => {
    const problems = lintLanguage({
      content: join(FIXTURE, 'content'),
      messages: join(FIXTURE, 'messages'),
      styles: join(FIXTURE, 'styles'),
      cwd: FIXTURE,
    }).map(formatProblem)
    expect(problems.sort()).toEqual(
      [
        'messages/fr.json: key page.note: a space before “:” must be a no-break space (U+202F or U+00A0)',
        'content/fr/pages/about.md: line 5: a space before “:” must be a no-break space (U+202F or U+00A0)',
        'content/fr/pages/about.md: line 9: “?” needs a no-break space before it (U+202F or U+00A0)',
        'messages/ar.json: key page.limit: the plural of {max} lacks few, many, two, zero (ar has few many one two zero other)',
        'messages/ar.json: key page.groups: “الفريق العامل”: the glossary term is “مجموع(?:ة|ات) العمل”',
        'messages/ar.json: key page.groups: the English says “Working groups”: use the glossary term “مجموع(?:ة|ات) العمل”',
        'content/ar/pages/about.md: front matter title: “الفريق العامل”: the glossary term is “مجموع(?:ة|ات) العمل”',
        'content/ar/pages/about.md: front matter title: the English says “working groups”: use the glossary term “مجموع(?:ة|ات) العمل”',
        'content/ar/pages/about.md: line 7: ASCII “?” after Arabic text: use “؟”',
        'messages/zh.json: key page.note: ASCII “:” after Chinese text: use “：”',
        'content/zh/pages/about.md: line 7: a space between two Chinese characters',
        'messages/ru.json: key page.limit: {max} counts something: write it as a plural ({max, plural, few {…} many {…} one {…} other {…}})',
        'messages/pt.json: key page.sending: “A enviar”: use “Enviando” (European Portuguese)',
      ].sort(),
    )
  })
})

describe('plural forms (CLDR, from Intl.PluralRules)', () => {
  it('wants every form of the language, and no form it lacks', () => {
    const arabic = '{n, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}'
    expect(messageProblems('ar', arabic)).toEqual([])
    expect(messageProblems('ar', '{n, plural, one {حرف واحد} other {# حرف}}')).toEqual([
      'the plural of {n} lacks few, many, two, zero (ar has few many one two zero other)',
    ])
    expect(messageProblems('fr', '{n, plural, one {# page} few {# pages} many {# de pages} other {# pages}}')).toEqual([
      'the plural of {n} has few, which fr does not have (many one other)',
    ])
    // An exact match (=0) is an addition, not a form.
    expect(messageProblems('en', '{n, plural, =0 {none} one {# page} other {# pages}}')).toEqual([])
  })

  it('makes a count English words as a plural a plural in every language that has more than one form', () => {
    const english = 'At most {max, plural, one {# character} other {# characters}}.'
    expect(messageProblems('ru', 'Не более {max, number} символов.', {}, english)).toEqual([
      '{max} counts something: write it as a plural ({max, plural, few {…} many {…} one {…} other {…}})',
    ])
    expect(messageProblems('zh', '最多 {max, number} 个字符。', {}, english)).toEqual([])
  })

  it('reports a message that is not ICU', () => {
    expect(messageProblems('fr', 'Au plus {max, plural, one {#}')[0]).toMatch(/^not a valid ICU message/)
  })
})

describe('typography', () => {
  it('French: a no-break space before : ; ? ! and inside « », and the typographic apostrophe', () => {
    for (const good of [
      'Note\u202f: lisez ceci\u202f; merci.',
      'Pourquoi\u00a0? Parce que\u202f!',
      '«\u202fGroupes\u202f»',
      'À 10:30, voir https://example.org/a?b=c ou nom@example.org.',
      'L’organisation',
      '{count, plural, one {# résultat pour «\u202f<term>{query}</term>\u202f»} many {# de résultats} other {# résultats}}',
    ])
      expect(messageProblems('fr', good, fr), good).toEqual([])
    expect(messageProblems('fr', 'Note : lisez.', fr)).toEqual(['a space before “:” must be a no-break space (U+202F or U+00A0)'])
    expect(messageProblems('fr', 'Pourquoi?', fr)).toEqual(['“?” needs a no-break space before it (U+202F or U+00A0)'])
    expect(messageProblems('fr', 'Votre référence{reference}: x', fr)).toEqual(['“:” needs a no-break space before it (U+202F or U+00A0)'])
    expect(messageProblems('fr', '« Groupes »', fr)).toEqual([
      '“«” must be followed by a no-break space (U+202F or U+00A0)',
      '“»” must follow a no-break space (U+202F or U+00A0)',
    ])
    expect(messageProblems('fr', "L'organisation", fr)).toEqual(['use the typographic apostrophe “’”, not "\'"'])
  })

  it('Spanish: a question or an exclamation opens with ¿ or ¡', () => {
    const es: LanguageStyle = { rules: ['spanish-opening-marks'] }
    expect(messageProblems('es', '¿Preguntas? Escriba a la Secretaría. ¡Gracias!', es)).toEqual([])
    expect(messageProblems('es', 'Escriba. Preguntas?', es)).toEqual(['“Preguntas?” needs its opening “¿”'])
  })

  it('Chinese: full-width punctuation after Chinese text, no space between two characters', () => {
    const zh: LanguageStyle = { rules: ['chinese-punctuation'], wordBoundaries: false }
    expect(messageProblems('zh', 'ISPCP 秘书处：请阅读 https://example.org/?a=b。截至2012年。', zh)).toEqual([])
    expect(messageProblems('zh', '你好,世界', zh)).toEqual(['ASCII “,” after Chinese text: use “，”'])
    expect(messageProblems('zh', '有疑问?请联系.', zh)).toEqual([
      'ASCII “?” after Chinese text: use “？”',
      'ASCII “.” after Chinese text: use “。”',
    ])
    expect(messageProblems('zh', '已于 2005年 结束', zh)).toEqual(['a space between two Chinese characters'])
  })

  it('Arabic: the Arabic comma, semicolon and question mark after Arabic text', () => {
    const ar: LanguageStyle = { rules: ['arabic-punctuation'], wordBoundaries: false }
    expect(messageProblems('ar', 'مثل name@example.org, أو ISPCP؟ نعم، بالتأكيد؛ شكرًا.', ar)).toEqual([])
    expect(messageProblems('ar', 'لديكم أسئلة? راسلونا, شكرًا', ar)).toEqual([
      'ASCII “?” after Arabic text: use “؟”',
      'ASCII “,” after Arabic text: use “،”',
    ])
  })
})

describe('forbidden variants and the glossary', () => {
  const pt: LanguageStyle = { forbidden: [{ pattern: 'equipas?', use: 'equipe', why: 'European Portuguese' }] }

  it('finds a forbidden word only as a whole word, in any case, and never in search keywords', () => {
    expect(messageProblems('pt', 'A Equipa da ISPCP', pt)).toEqual(['“Equipa”: use “equipe” (European Portuguese)'])
    expect(messageProblems('pt', 'O equipamento da equipe', pt)).toEqual([])
    const page = '---\ntitle: "Equipe"\nkeywords: ["equipa"]\nupdated: "2026-01-01"\n---\nTexto.\n'
    expect(lintContentFile('pt', 'p.md', page, undefined, pt)).toEqual([])
  })

  it('wants the glossary term wherever the English names the concept, and never the terms to avoid', () => {
    const english: LanguageStyle = { glossary: { secretariat: { term: 'secretariat' } } }
    const es: LanguageStyle = { glossary: { secretariat: { term: 'secretaría', avoid: ['secretariado'] } } }
    expect(messageProblems('es', 'Escriba a la Secretaría.', es, 'Write to the Secretariat.', english)).toEqual([])
    expect(messageProblems('es', 'Escriba al Secretariado.', es, 'Write to the Secretariat.', english)).toEqual([
      '“Secretariado”: the glossary term is “secretaría”',
      'the English says “Secretariat”: use the glossary term “secretaría”',
    ])
    expect(messageProblems('es', 'Escríbanos.', es, 'Write to us.', english)).toEqual([])
    expect(messageProblems('es', 'x', { glossary: { board: { term: 'junta' } } }, 'x', english)).toEqual([
      'glossary concept “board” is not in the English glossary',
    ])
  })

  it('reads a content file by field and by line, leaving code, addresses and link targets alone', () => {
    const english = '---\ntitle: "The Secretariat"\nupdated: "2026-01-01"\n---\nWrite to the Secretariat.\n'
    const style: LanguageStyle = { ...fr, glossary: { secretariat: { term: 'secrétariat' } } }
    const englishStyle: LanguageStyle = { glossary: { secretariat: { term: 'secretariat' } } }
    const good = [
      '---',
      'title: "Le Secrétariat"',
      'updated: "2026-01-01"',
      '---',
      'Écrivez au secrétariat\u202f: `a:b`, <https://example.org/?x=1> ou [la page](/about?x=1).',
      '',
      '```',
      'code: kept as is',
      '```',
      '',
      'Table: Légende',
    ].join('\n')
    expect(lintContentFile('fr', 'f.md', good, english, style, englishStyle)).toEqual([])
    const bad = '---\ntitle: "L\'équipe"\nupdated: "2026-01-01"\n---\nÉcrivez-nous.\n\nPourquoi?\n'
    expect(lintContentFile('fr', 'f.md', bad, english, style, englishStyle).map(formatProblem)).toEqual([
      'f.md: front matter title: use the typographic apostrophe “’”, not "\'"',
      'f.md: line 7: “?” needs a no-break space before it (U+202F or U+00A0)',
      'f.md: front matter title: the English says “Secretariat”: use the glossary term “secrétariat”',
      'f.md: body: the English says “Secretariat”: use the glossary term “secrétariat”',
    ])
  })
})

describe('the shipped style files, messages and content', () => {
  it('have a style file for every language, whose patterns compile and whose concepts English names', () => {
    expect(
      readdirSync(STYLE_DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace('.json', ''))
        .sort(),
    ).toEqual([...locales].sort())
    const english = loadStyle('en')
    for (const locale of locales) {
      const style = loadStyle(locale)
      for (const source of [
        ...(style.forbidden ?? []).map((v) => v.pattern),
        ...Object.values(style.glossary ?? {}).flatMap((g) => [g.term, ...(g.avoid ?? [])]),
      ])
        expect(() => new RegExp(source, 'giu'), `${locale}: ${source}`).not.toThrow()
      for (const concept of Object.keys(style.glossary ?? {})) expect(english.glossary, `${locale}: ${concept}`).toHaveProperty(concept)
    }
  })

  it('pass the lint', () => {
    const problems = lintLanguage({ content: join(root, 'content'), messages: join(root, 'lib/i18n/messages'), cwd: root })
    expect(problems.map(formatProblem)).toEqual([])
  })
})
