import { createServer, type Server } from 'node:net'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import routes from '@/lib/generated/route-manifest.json'
import { localeFromSegment } from '@/lib/i18n/locale-segment'
import { proxy } from '@/proxy'

const ORIGIN = 'http://127.0.0.1:3000'
function request(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return proxy(new NextRequest(`${ORIGIN}${path}`, { headers, method }))
}
const pathOf = (location: string | null) => (location ? new URL(location, ORIGIN).pathname + new URL(location, ORIGIN).search : undefined)

// Where a language-less URL sends a visitor with these headers.
async function negotiated(acceptLanguage?: string, cookie?: string): Promise<string | undefined> {
  const headers: Record<string, string> = {}
  if (acceptLanguage !== undefined) headers['accept-language'] = acceptLanguage
  if (cookie !== undefined) headers.cookie = `NEXT_LOCALE=${cookie}`
  const location = (await request('/about', headers)).headers.get('location')
  return location ? new URL(location).pathname.split('/')[1] : undefined
}

describe('language negotiation for language-less URLs', () => {
  it('prefers the saved choice over the browser header', async () => {
    expect(await negotiated('ar-EG,ar;q=0.9', 'fr')).toBe('fr')
  })

  it('ignores a saved choice that is not one of our languages', async () => {
    expect(await negotiated('ru', 'de')).toBe('ru')
    expect(await negotiated(undefined, '<script>')).toBe('en')
  })

  it('honours quality values', async () => {
    expect(await negotiated('de;q=1, es;q=0.4, fr;q=0.8')).toBe('fr')
    expect(await negotiated('fr;q=0.1, ru')).toBe('ru')
  })

  it('maps regional and script variants to the language, Traditional Chinese included', async () => {
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
      expect(await negotiated(header), header).toBe(locale)
    }
  })

  it('falls back to English for garbage, absent or unsupported preferences', async () => {
    for (const header of [undefined, '', '*', 'de-DE,ja;q=0.8', ';;;,,q=x', 'x'.repeat(10_000)]) {
      expect(await negotiated(header), String(header).slice(0, 20)).toBe('en')
    }
  })

  it('keeps the path and query, privately and varying by language', async () => {
    const response = await request('/working-groups?x=1', { 'accept-language': 'fr' })
    expect(response.status).toBe(307)
    expect(pathOf(response.headers.get('location'))).toBe('/fr/working-groups?x=1')
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
    expect(response.headers.get('vary')).toMatch(/Accept-Language/)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})

describe('other spellings of a language', () => {
  it('sends other spellings of a language to the canonical one', async () => {
    const response = await request('/EN-us/about?q=1')
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

describe('form pages and the desk without their database', () => {
  // A port that refuses connections, and one where something listens.
  let listening: Server
  let openPort = 0
  const saved = process.env.DATABASE_URL
  beforeAll(async () => {
    listening = createServer((socket) => socket.end())
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve))
    openPort = (listening.address() as { port: number }).port
  })
  afterAll(() => {
    listening.close()
    process.env.DATABASE_URL = saved
  })
  const down = () => {
    process.env.DATABASE_URL = 'postgres://u:p@127.0.0.1:1/ispcp'
  }
  const up = () => {
    process.env.DATABASE_URL = `postgres://u:p@127.0.0.1:${openPort}/ispcp`
  }
  const form = `/fr${routes.forms[0]}`

  it('answers 503 for a form page, still rendered, and tells the page why', async () => {
    down()
    const response = await request(form, { 'x-ispcp-database': 'ok' })
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBeTruthy()
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(response.headers.get('x-middleware-request-x-ispcp-database')).toBe('unavailable')
    // A JavaScript form post gets its message from the action itself.
    expect((await request(form, { 'next-action': 'abc' }, 'POST')).status).toBe(200)
  })

  it('answers the desk and sign-in with a 503 page, and leaves public pages alone', async () => {
    down()
    const desk = await request('/staff/comments')
    expect(desk.status).toBe(503)
    expect(await desk.text()).toContain('<h1>The desk is unavailable</h1>')
    const auth = await request('/api/auth/sign-in/email', {}, 'POST')
    expect(auth.status).toBe(503)
    expect(await auth.json()).toEqual({ error: expect.stringMatching(/database is unavailable/) })
    expect((await request('/fr')).status).toBe(200)
  })

  it('passes everything through when the database answers, dropping a forged state header', async () => {
    up()
    const response = await request(form, { 'x-ispcp-database': 'unavailable' })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-middleware-request-x-ispcp-database')).toBeNull()
    expect((await request('/staff')).status).toBe(200)
    expect((await request('/staff')).headers.get('x-middleware-next')).toBe('1')
  })
})
