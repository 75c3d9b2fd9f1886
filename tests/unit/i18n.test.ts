import { describe, expect, it } from 'vitest'
import { direction, isLocale, locales } from '@/lib/i18n/config'
import { formatDate } from '@/lib/i18n/format'
import { localePath, switchLocale } from '@/lib/i18n/paths'

describe('locales', () => {
  it('are the seven languages with English first and Arabic right-to-left', () => {
    expect(locales).toEqual(['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'])
    expect(locales.filter((l) => direction(l) === 'rtl')).toEqual(['ar'])
  })

  it('are recognised exactly, not by prefix or case', () => {
    expect(isLocale('fr')).toBe(true)
    for (const bad of ['FR', 'fr-FR', 'de', '', undefined, '__proto__', 'constructor']) expect(isLocale(bad)).toBe(false)
  })
})

describe('paths', () => {
  it('prefix the language, with the home page at /<locale>', () => {
    expect(localePath('fr', '/')).toBe('/fr')
    expect(localePath('ar', '/working-groups/x')).toBe('/ar/working-groups/x')
  })

  it('switch language and keep the page', () => {
    expect(switchLocale('/en/structure', 'zh')).toBe('/zh/structure')
    expect(switchLocale('/ar', 'en')).toBe('/en')
    expect(switchLocale('/fr/working-groups/fake-renewal-notices', 'ru')).toBe('/ru/working-groups/fake-renewal-notices')
  })
})

describe('formatDate', () => {
  it('shows as much of the date as the content gives, in the page language', () => {
    expect(formatDate('en', '2005')).toBe('2005')
    expect(formatDate('en', '2007-02')).toBe('February 2007')
    expect(formatDate('en', '2007-02-16')).toBe('February 16, 2007')
    expect(formatDate('fr', '2007-02-16')).toBe('16 février 2007')
    expect(formatDate('ar', '2007-02-16')).toMatch(/فبراير/)
  })
})
