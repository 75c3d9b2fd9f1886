import { describe, expect, it } from 'vitest'
import { cleanQuery, normaliseTerm, search, tokenize, type SearchResult } from '@/lib/search'
import { VALID } from './content-fixture'

// Against the fixture content (tests/fixtures/content/valid), never the
// editorial text in content/. The index reads getContent(), which reads
// CONTENT_DIR on first use.
process.env.CONTENT_DIR = VALID

const urls = (results: SearchResult[]) => results.map((r) => r.url)
const marked = (result: SearchResult | undefined) => result?.snippet.filter((s) => s.match).map((s) => s.text) ?? []
const shown = (result: SearchResult | undefined) => result?.snippet.map((s) => s.text).join('') ?? ''

describe('search text preparation', () => {
  it('cuts Chinese into dictionary words and character pairs, never lone characters inside a run', () => {
    const tokens = tokenize('ISPCP 秘书处')
    expect(tokens).toEqual(expect.arrayContaining(['ISPCP', '秘书', '书处']))
    expect(tokens).not.toContain('处')
    expect(tokens).not.toContain('秘')
  })

  it('cuts other scripts at anything that is not a letter or digit', () => {
    expect(tokenize('l’adhésion, e-mail: ISP’s 2005')).toEqual(['l', 'adhésion', 'e', 'mail', 'ISP', 's', '2005'])
    expect(tokenize('توافق الآراء')).toEqual(['توافق', 'الآراء'])
  })

  it('reduces Arabic spelling variants and short vowels to one form', () => {
    expect(normaliseTerm('الأَسَاسِيّ')).toBe(normaliseTerm('الاساسي'))
    expect(normaliseTerm('إنشاء')).toBe('انشاء')
    expect(normaliseTerm('آراء')).toBe('اراء')
    expect(normaliseTerm('مستوى')).toBe('مستوي')
    expect(normaliseTerm('الدائرة')).toBe('الدائره')
    expect(normaliseTerm('نـــطاق')).toBe('نطاق') // tatweel
  })

  it('keeps at most 200 characters of a query', () => {
    expect(cleanQuery('a'.repeat(10_000))).toHaveLength(200)
    expect(cleanQuery('  two   words ')).toBe('two words')
    expect(cleanQuery(undefined)).toBe('')
  })
})

describe('search', () => {
  it('ranks a match in the title above one in the text', () => {
    // The statement's text names "the Alpha group"; Alpha's title is Alpha.
    expect(urls(search('en', 'alpha')).slice(0, 2)).toEqual(['/en/working-groups/alpha', '/en/publications/statement'])
    expect(search('en', 'alpha')[0]).toMatchObject({ title: 'Alpha', lang: 'en' })
  })

  it('needs every word, and falls back to any word when no page has them all', () => {
    expect(urls(search('en', 'Mar del Plata telephone'))).toEqual(['/en/working-groups/alpha'])
    expect(urls(search('en', 'telephone zzqxv'))).toEqual(['/en/working-groups/alpha'])
  })

  it('finds words by prefix, without accents and despite a typo', () => {
    expect(urls(search('en', 'registr'))).toEqual(['/en/working-groups/alpha'])
    expect(urls(search('en', 'regstrars'))).toEqual(['/en/working-groups/alpha'])
    expect(urls(search('fr', 'propos'))).toContain('/fr/about')
    expect(urls(search('fr', 'a propos'))[0]).toBe('/fr/about')
  })

  it('finds pages by their keywords, ranked above a mention in the text', () => {
    // No page's text says "eligibility": only the membership page's keywords.
    const eligibility = search('en', 'eligibility')
    expect(urls(eligibility)).toEqual(['/en/membership'])
    expect(marked(eligibility[0])).toEqual([])
    // Alpha's text says "may join the group's mailing list".
    expect(urls(search('en', 'join'))).toEqual(['/en/membership', '/en/working-groups/alpha'])
    expect(urls(search('en', 'membership criteria'))[0]).toBe('/en/membership')
  })

  it('uses the keywords of the language searched', () => {
    expect(urls(search('zh', '会员'))).toEqual(['/zh/membership'])
    expect(search('zh', '会员')[0]?.lang).toBe('zh')
    expect(search('en', '会员')).toEqual([])
  })

  it('marks the matched words, a phrase as one mark, in a window of the text', () => {
    const statement = search('en', 'Mar del Plata').find((r) => r.url === '/en/publications/statement')
    expect(marked(statement)).toEqual(['Mar del Plata'])
    const [alpha] = search('en', 'telephone')
    expect(marked(alpha)).toEqual(['telephone'])
    const text = shown(alpha)
    expect(text.length).toBeLessThan(260)
    expect(text.startsWith('… ')).toBe(true) // the match is far into the text
    expect(text).toContain('It met by telephone')
    // Prefix and typo matches are marked as the words in the text.
    expect(marked(search('en', 'registr')[0])).toEqual(['registrar', 'registrars', 'registrants'])
  })

  it('finds the English original of an untranslated page from another language', () => {
    const results = search('ar', 'Mar del Plata')
    expect(urls(results)).toContain('/ar/publications/statement')
    expect(results.every((r) => r.lang === 'en')).toBe(true)
  })

  it('finds Arabic words with or without short vowels and hamza', () => {
    for (const query of ['توافق الآراء', 'تَوَافُق الاراء', 'مقرك الاساسي']) {
      const results = search('ar', query)
      expect(results[0]?.url, query).toBe('/ar/about')
      expect(results[0]?.lang, query).toBe('ar')
    }
    expect(marked(search('ar', 'مقرك الاساسي')[0])).toEqual(['مقرّك الأساسي'])
    expect(marked(search('ar', 'توافق الاراء')[0])).toEqual(['توافق الآراء'])
  })

  it('finds a Chinese word in text without spaces and marks it as one', () => {
    const results = search('zh', '秘书处')
    expect(urls(results)).toEqual(['/zh/about'])
    expect(results[0]?.lang).toBe('zh')
    expect(marked(results[0])).toContain('秘书处')
    expect(marked(results[0]).every((m) => m.includes('秘书处'))).toBe(true)
  })

  it('finds part of a Chinese word, and a word the page cuts differently', () => {
    // 书处 straddles the dictionary's cut 秘书 | 处.
    expect(marked(search('zh', '书处')[0])).toContain('书处')
    // A lone character finds the words it starts.
    expect(urls(search('zh', '秘'))).toEqual(['/zh/about'])
    // 域名 on its own is one word; inside 域名系统安全 the dictionary may cut it
    // otherwise. Either way the page is found and the word marked.
    const domain = search('zh', '域名')
    expect(urls(domain)).toEqual(['/zh/about'])
    expect(marked(domain[0])).toContain('域名')
    expect(urls(search('zh', '互联网服务提供商'))).toEqual(['/zh/about'])
  })

  it('finds nothing for words that are not on the site', () => {
    expect(search('en', 'zzqxv')).toEqual([])
    expect(search('zh', '图书馆')).toEqual([])
  })

  it.each([
    ['empty', ''],
    ['only spaces', ' \t\n '],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'registrar '.repeat(1_000)],
    ['10,000 Chinese characters', '秘书处'.repeat(3_400)],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['regex metacharacters around a word', '(registrar|.*)[a-z]+?'],
    ['HTML', '<script>alert("x")</script>'],
    ['an HTML attribute', '"><img src=x onerror=alert(1)>'],
    ['lone surrogate', '\ud800 registrar'],
    ['Arabic marks only', '\u064b\u0650\u0640'],
    ['a non-string', { toString: (): string => 'registrar' }],
  ])('answers a query of %s without throwing', (_, query) => {
    for (const locale of ['en', 'ar', 'zh'] as const) {
      const results = search(locale, query)
      expect(Array.isArray(results)).toBe(true)
      for (const r of results) expect(r.snippet.every((s) => typeof s.text === 'string' && !s.text.includes('<script'))).toBe(true)
    }
  })

  it('returns nothing for empty queries, punctuation or markup alone', () => {
    expect(search('en', '')).toEqual([])
    expect(search('en', '   ')).toEqual([])
    expect(search('en', '.*+?^${}()|[]\\')).toEqual([])
    expect(search('en', { toString: (): string => 'registrar' })).toEqual([])
  })
})
