import { beforeAll, describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { cleanQuery, normaliseTerm, plainText, search, tokenize, type SearchResult } from '@/lib/search'

// Against the real site content: these are the searches visitors make.
const WSIS = 'publications/wsis-statement-2005'
const urls = (results: SearchResult[]) => results.map((r) => r.url)
const marked = (result: SearchResult | undefined) => result?.snippet.filter((s) => s.match).map((s) => s.text) ?? []

describe('search text preparation', () => {
  it('indexes Chinese as characters and overlapping pairs', () => {
    expect(tokenize('ISPCP 秘书处')).toEqual(['ISPCP', '秘', '书', '处', '秘书', '书处'])
  })

  it('reduces Arabic spelling variants and short vowels to one form', () => {
    expect(normaliseTerm('الأَسَاسِيّ')).toBe(normaliseTerm('الاساسي'))
    expect(normaliseTerm('إنشاء')).toBe('انشاء')
    expect(normaliseTerm('آراء')).toBe('اراء')
    expect(normaliseTerm('مستوى')).toBe('مستوي')
    expect(normaliseTerm('الدائرة')).toBe('الدائره')
    expect(normaliseTerm('نـــطاق')).toBe('نطاق') // tatweel
  })

  it('turns rendered HTML into plain text', () => {
    expect(plainText('<h2>A &#x26; B</h2><p>x &lt;script&gt; <a href="/y">link</a></p>')).toBe('A & B x <script> link')
  })

  it('keeps at most 200 characters of a query', () => {
    expect(cleanQuery('a'.repeat(10_000))).toHaveLength(200)
    expect(cleanQuery('  two   words ')).toBe('two words')
    expect(cleanQuery(undefined)).toBe('')
  })
})

describe('search', () => {
  // Reading every file and building three indexes takes a few seconds on a
  // busy machine: done once here, not inside the first test's time limit.
  beforeAll(() => {
    getContent()
    for (const locale of ['en', 'ar', 'zh'] as const) search(locale, 'warm up')
  }, 60_000)

  it('reads the real content', () => {
    expect(getContent().slugs('publications')).toContain('wsis-statement-2005')
  })

  it('finds the WSIS statement first for "Mar del Plata"', () => {
    const results = search('en', 'Mar del Plata')
    expect(results[0]?.url).toBe(`/en/${WSIS}`)
    expect(results[0]?.title).toBe(getContent().entry('publications', 'en', 'wsis-statement-2005')!.data.title)
    expect(results[0]?.lang).toBe('en')
  })

  it('highlights the matched words in a window of the text', () => {
    const [first] = search('en', 'Mar del Plata')
    expect(marked(first)).toContain('Mar del Plata') // one mark, not three
    const text = first!.snippet.map((s) => s.text).join('')
    expect(text.length).toBeLessThan(260)
    expect(text).toContain('Mar del Plata meeting')
  })

  it('finds words by prefix and despite a typo', () => {
    expect(urls(search('en', 'registr'))).toContain('/en/working-groups/inter-registrar-transfer-policy')
    expect(urls(search('en', 'regstrar'))).toContain('/en/working-groups/inter-registrar-transfer-policy')
  })

  it('finds the English original of an untranslated page from another language', () => {
    const results = search('ar', 'Mar del Plata')
    expect(results[0]?.url).toBe(`/ar/${WSIS}`)
    expect(results[0]?.lang).toBe('en')
  })

  it('finds Arabic words with or without short vowels and hamza', () => {
    // The working-groups page writes "توافق الآراء" and "مقرّكم الأساسي".
    for (const query of ['توافق الآراء', 'تَوَافُق الاراء', 'مقركم الاساسي']) {
      const results = search('ar', query)
      expect(results[0]?.url, query).toBe('/ar/working-groups')
      expect(marked(results[0]).length, query).toBeGreaterThan(0)
    }
    expect(marked(search('ar', 'مقركم الاساسي')[0])).toContain('مقرّكم الأساسي')
    // And the membership page: "… رابطة تجارية قطاعية تمثّل …".
    expect(search('ar', 'رابطه تجاريه قطاعيه تمثل')[0]?.url).toBe('/ar/membership')
  })

  it('finds a Chinese word in text without spaces', () => {
    const results = search('zh', '秘书处')
    expect(results[0]?.url).toBe('/zh/structure')
    expect(results[0]?.lang).toBe('zh')
    expect(marked(results[0])).toContain('秘书处')
  })

  it('finds nothing for words that are not on the site', () => {
    expect(search('en', 'zzqxv')).toEqual([])
  })

  it.each([
    ['empty', ''],
    ['only spaces', ' \t\n '],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'registrar '.repeat(1_000)],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['regex metacharacters around a word', '(registrar|.*)[a-z]+?'],
    ['HTML', '<script>alert("x")</script>'],
    ['an HTML attribute', '"><img src=x onerror=alert(1)>'],
    ['lone surrogate', '\ud800 registrar'],
    ['Arabic marks only', '\u064b\u0650\u0640'],
  ])('answers a query of %s without throwing', (_, query) => {
    for (const locale of ['en', 'ar', 'zh'] as const) {
      const results = search(locale, query)
      expect(Array.isArray(results)).toBe(true)
      for (const r of results) expect(r.snippet.every((s) => typeof s.text === 'string')).toBe(true)
    }
  })

  it('returns nothing for empty queries and no invented snippets', () => {
    expect(search('en', '')).toEqual([])
    expect(search('en', '   ')).toEqual([])
    expect(search('en', '.*+?^${}()|[]\\')).toEqual([])
  })
})
