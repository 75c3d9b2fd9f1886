import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { localeFromSegment } from '@/lib/i18n/locale-segment'
import { proxy } from '@/proxy'

const ORIGIN = 'http://127.0.0.1:3000'
function request(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`${ORIGIN}${path}`, { headers }))
}
const pathOf = (location: string | null) => (location ? new URL(location, ORIGIN).pathname + new URL(location, ORIGIN).search : undefined)

// Where a language-less URL sends a visitor with these headers.
function negotiated(acceptLanguage?: string, cookie?: string): string | undefined {
  const headers: Record<string, string> = {}
  if (acceptLanguage !== undefined) headers['accept-language'] = acceptLanguage
  if (cookie !== undefined) headers.cookie = `NEXT_LOCALE=${cookie}`
  const location = request('/about', headers).headers.get('location')
  return location ? new URL(location).pathname.split('/')[1] : undefined
}

describe('language negotiation for language-less URLs', () => {
  it('prefers the saved choice over the browser header', () => {
    expect(negotiated('ar-EG,ar;q=0.9', 'fr')).toBe('fr')
  })

  it('ignores a saved choice that is not one of our languages', () => {
    expect(negotiated('ru', 'de')).toBe('ru')
    expect(negotiated(undefined, '<script>')).toBe('en')
  })

  it('honours quality values', () => {
    expect(negotiated('de;q=1, es;q=0.4, fr;q=0.8')).toBe('fr')
    expect(negotiated('fr;q=0.1, ru')).toBe('ru')
  })

  it('maps regional and script variants to the language, Traditional Chinese included', () => {
    for (const [header, locale] of [
      ['zh-CN', 'zh'],
      ['zh-Hans-CN,zh;q=0.9', 'zh'],
      ['zh-TW', 'zh'],
      ['zh-Hant', 'zh'],
      ['zh-HK,en;q=0.5', 'zh'],
      ['pt-BR', 'pt'],
      ['ar-EG', 'ar'],
      ['es-419', 'es'],
    ]) {
      expect(negotiated(header), header).toBe(locale)
    }
  })

  it('falls back to English for garbage, absent or unsupported preferences', () => {
    for (const header of [undefined, '', '*', 'de-DE,ja;q=0.8', ';;;,,q=x', 'x'.repeat(10_000)]) {
      expect(negotiated(header), String(header).slice(0, 20)).toBe('en')
    }
  })

  it('keeps the path and query, privately and varying by language', () => {
    const response = request('/working-groups?x=1', { 'accept-language': 'fr' })
    expect(response.status).toBe(307)
    expect(pathOf(response.headers.get('location'))).toBe('/fr/working-groups?x=1')
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
    expect(response.headers.get('vary')).toMatch(/Accept-Language/)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})

describe('pages under a language', () => {
  it('pass known paths, mark unknown ones 404, and never set a cookie', () => {
    const home = request('/fr', { cookie: 'NEXT_LOCALE=en', 'accept-language': 'ar' })
    expect(home.status).toBe(200)
    expect(home.headers.get('x-middleware-next')).toBe('1')
    expect(home.headers.get('set-cookie')).toBeNull()
    const missing = request('/fr/no-such-page-anywhere', { cookie: 'NEXT_LOCALE=en' })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('set-cookie')).toBeNull()
  })

  it('answers 400 for paths that are not valid UTF-8', () => {
    expect(request('/en/%C3%28').status).toBe(400)
    expect(request('/%FF').status).toBe(400)
  })

  it('sends other spellings of a language to the canonical one', () => {
    const response = request('/EN-us/about?q=1')
    expect(response.status).toBe(308)
    expect(pathOf(response.headers.get('location'))).toBe('/en/about?q=1')
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
