import { describe, expect, it } from 'vitest'
import { direction, formatPartialDate, isLocale, languageName, languageTag, locales, ogLocale, textLanguage } from '@/lib/i18n/config'
import { labelled } from '@/lib/i18n/punctuation'
import { switchTarget } from '@/lib/i18n/switch'

describe('locales', () => {
  it('start with English, the default, and know which are written right to left', () => {
    expect(locales[0]).toBe('en')
    expect(new Set(locales).size).toBe(locales.length)
    expect(locales.filter((l) => direction(l) === 'rtl')).toEqual(locales.filter((l) => ['ar', 'he', 'fa', 'ur'].includes(l)))
  })

  it('are recognised exactly, not by prefix or case', () => {
    expect(isLocale('fr')).toBe(true)
    for (const bad of ['FR', 'fr-FR', 'de', '', undefined, '__proto__', 'constructor']) expect(isLocale(bad)).toBe(false)
  })

  it('mark text in another language than the page, and only then', () => {
    expect(textLanguage('fr', 'fr')).toEqual({})
    expect(textLanguage('ar', 'en')).toEqual({ lang: 'en', dir: 'ltr' })
    expect(textLanguage('en', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' })
  })
})

describe('the language switch', () => {
  const origin = 'https://site.example'
  it('keeps the page and swaps the language', () => {
    expect(switchTarget('zh', '/en/structure', null, origin)).toBe('/zh/structure')
    expect(switchTarget('en', '/ar', null, origin)).toBe('/en')
    expect(switchTarget('ru', '/fr/working-groups/x', null, origin)).toBe('/ru/working-groups/x')
  })

  it('keeps the query string of the page the visitor came from', () => {
    expect(switchTarget('fr', '/en/search', `${origin}/en/search?q=WSIS`, origin)).toBe('/fr/search?q=WSIS')
    // A Referer from another page or site says nothing about this one.
    expect(switchTarget('fr', '/en/search', `${origin}/en/about?q=x`, origin)).toBe('/fr/search')
    expect(switchTarget('fr', '/en/search', 'https://evil.example/en/search?q=x', origin)).toBe('/fr/search')
  })

  it('never leaves the site', () => {
    for (const from of ['//evil.example/en', 'https://evil.example/en/about', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(switchTarget('fr', from, null, origin)).toBe('/fr')
    }
  })
})

describe('formatPartialDate', () => {
  it('shows as much of the date as the content gives, in the page language', () => {
    expect(formatPartialDate('en', '2005')).toBe('2005')
    expect(formatPartialDate('en', '2007-02')).toBe('February 2007')
    expect(formatPartialDate('en', '2007-02-16')).toBe('February 16, 2007')
    expect(formatPartialDate('fr', '2007-02-16')).toBe('16 février 2007')
    expect(formatPartialDate('ar', '2007-02-16')).toMatch(/فبراير/)
  })
})

describe('what Intl tells about each language', () => {
  it('names each language in itself and tags Chinese with its script', () => {
    const sample = ['en', 'fr', 'ar', 'zh', 'ru', 'pt'] as const
    expect(sample.map(languageName)).toEqual(['English', 'Français', 'العربية', '中文', 'Русский', 'Português'])
    expect(sample.map(languageTag)).toEqual(['en', 'fr', 'ar', 'zh-Hans', 'ru', 'pt'])
    expect(sample.map(ogLocale)).toEqual(['en_US', 'fr_FR', 'ar_EG', 'zh_CN', 'ru_RU', 'pt_BR'])
  })
})

describe('a label followed by its error (the form summary)', () => {
  it('uses the language’s colon, and never piles it on a full stop', () => {
    expect(labelled('Name', ': ')).toBe('Name: ')
    expect(labelled('I agree that my name is published on this site.', ': ')).toBe('I agree that my name is published on this site: ')
    expect(labelled('J’accepte la publication.', '\u202f: ')).toBe('J’accepte la publication\u202f: ')
    expect(labelled('我同意在本网站发布我的姓名。', '：')).toBe('我同意在本网站发布我的姓名：')
    expect(labelled('أوافق على نشر اسمي على هذا الموقع.', ': ')).toBe('أوافق على نشر اسمي على هذا الموقع: ')
  })

  it('keeps a question or a colon that ends the label, with the colon’s spacing only', () => {
    expect(labelled('Why does the organisation want to join?', ': ')).toBe('Why does the organisation want to join? ')
    expect(labelled('该组织为何希望加入？', '：')).toBe('该组织为何希望加入？')
    expect(labelled('لماذا ترغب المؤسسة في الانضمام؟', ': ')).toBe('لماذا ترغب المؤسسة في الانضمام؟ ')
    expect(labelled('Your organisation (all of these):', ': ')).toBe('Your organisation (all of these): ')
  })
})
