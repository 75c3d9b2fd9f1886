import { describe, expect, it } from 'vitest'
import { localeFromSegment, negotiateLocale } from '@/lib/i18n/negotiate'

describe('negotiateLocale', () => {
  it('prefers the saved choice over the browser header', () => {
    expect(negotiateLocale('fr', 'ar-EG,ar;q=0.9')).toBe('fr')
  })

  it('ignores a saved choice that is not one of our languages', () => {
    expect(negotiateLocale('de', 'ru')).toBe('ru')
    expect(negotiateLocale('<script>', undefined)).toBe('en')
  })

  it('honours quality values', () => {
    expect(negotiateLocale(undefined, 'de;q=1, es;q=0.4, fr;q=0.8')).toBe('fr')
    expect(negotiateLocale(undefined, 'fr;q=0.1, ru')).toBe('ru')
  })

  it('maps regional and script variants to the language', () => {
    expect(negotiateLocale(undefined, 'zh-CN')).toBe('zh')
    expect(negotiateLocale(undefined, 'zh-Hans-CN,zh;q=0.9')).toBe('zh')
    expect(negotiateLocale(undefined, 'pt-BR')).toBe('pt')
    expect(negotiateLocale(undefined, 'ar-EG')).toBe('ar')
    expect(negotiateLocale(undefined, 'es-419')).toBe('es')
  })

  it('falls back to English for garbage, absent or unsupported preferences', () => {
    for (const header of [undefined, null, '', '*', 'de-DE,ja;q=0.8', ';;;,,q=x', 'x'.repeat(10_000), '\u0000\u202e']) {
      expect(negotiateLocale(undefined, header)).toBe('en')
    }
  })
})

describe('localeFromSegment', () => {
  it('recognises other spellings of a supported language', () => {
    expect(localeFromSegment('EN')).toBe('en')
    expect(localeFromSegment('en-US')).toBe('en')
    expect(localeFromSegment('pt_BR')).toBe('pt')
    expect(localeFromSegment('zh-Hans')).toBe('zh')
  })

  it('rejects unsupported languages and ordinary page names', () => {
    for (const segment of ['de', 'working-groups', 'about', '', '..', 'en%2F']) expect(localeFromSegment(segment)).toBeUndefined()
  })
})
