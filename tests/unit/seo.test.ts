import { describe, expect, it } from 'vitest'
import robots from '@/app/robots'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import sitemap from '@/app/sitemap'
import { getContent, publicationsNewestFirst } from '@/lib/content'
import { buildRss, rssDate, type FeedChannel } from '@/lib/feed'
import { locales } from '@/lib/i18n/config'
import { publicationFeed } from '@/lib/publication-feed'
import { siteUrl } from '@/lib/site-url'

const abs = (path: string) => new URL(path, siteUrl).href
const FEED_TEXT = { title: 'Feed title', description: 'Feed description' }
// Every markdown file under content/en is one page, read here from disk
// independently of the content API.
const contentRoot = join(import.meta.dirname, '../../content/en')
const pages = readdirSync(contentRoot).flatMap((collection) =>
  readdirSync(join(contentRoot, collection))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''))
    .map((slug) => (collection === 'pages' ? (slug === 'index' ? '/' : `/${slug}`) : `/${collection}/${slug}`)),
)

interface XmlElement {
  name: string
  attributes: Record<string, string>
  text: string
  children: XmlElement[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (s: string) =>
  s.replace(/&(\w+);/g, (whole, name: string) => {
    if (!(name in ENTITIES)) throw new Error(`unknown entity ${whole}`)
    return ENTITIES[name]!
  })

// Just enough XML for the feed: elements, attributes, text, entities. Throws
// on unbalanced tags, stray '<' or '&', or anything after the root.
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '')
  const root: XmlElement = { name: '#document', attributes: {}, text: '', children: [] }
  const stack = [root]
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy
  let at = 0
  while (at < body.length) {
    const m = token.exec(body)
    if (!m) break
    at = token.lastIndex
    const [, closing, name, attrs, selfClosing, text] = m
    const top = stack.at(-1)!
    if (text !== undefined) {
      if (/&(?!\w+;)/.test(text)) throw new Error(`bare & in ${JSON.stringify(text)}`)
      top.text += decode(text)
    } else if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`)
      stack.pop()
    } else {
      const attributes = Object.fromEntries([...attrs!.matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, decode(v!)]))
      const element: XmlElement = { name: name!, attributes, text: '', children: [] }
      top.children.push(element)
      if (!selfClosing) stack.push(element)
    }
  }
  if (at !== body.length) throw new Error(`cannot parse at ${JSON.stringify(body.slice(at, at + 40))}`)
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is never closed`)
  const elements = root.children
  if (elements.length !== 1 || root.text.trim() !== '') throw new Error('expected exactly one root element')
  return elements[0]!
}

const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name)
const textOf = (e: XmlElement, name: string) => child(e, name)?.text

describe('sitemap', () => {
  const entries = sitemap()

  it('lists every page in every language, and nothing else', () => {
    const expected = pages.flatMap((p) => locales.map((l) => abs(p === '/' ? `/${l}` : `/${l}${p}`)))
    expect(entries.map((e) => e.url).sort()).toEqual(expected.sort())
    expect(entries.some((e) => /\/feed\.xml|\/search|\/filter\/|\/eligibility/.test(e.url))).toBe(false)
  })

  it('gives each entry all languages plus x-default as absolute alternates', () => {
    for (const entry of entries) {
      const languages = entry.alternates!.languages as Record<string, string>
      expect(Object.keys(languages).sort(), entry.url).toEqual([...locales, 'x-default'].sort())
      expect(Object.values(languages).every((u) => u.startsWith(siteUrl.origin))).toBe(true)
      expect(Object.values(languages)).toContain(entry.url)
    }
  })

  it('dates entries from their `updated` front matter', () => {
    const about = entries.find((e) => e.url === abs('/fr/about'))!
    expect(about.lastModified).toBe(getContent().entry('pages', 'fr', 'about')!.data.updated)
  })
})

describe('robots', () => {
  it('allows everything and points to the sitemap', () => {
    expect(robots()).toEqual({ rules: { userAgent: '*', allow: '/' }, sitemap: abs('/sitemap.xml') })
  })
})

describe('rssDate', () => {
  it('reads partial dates as their first day, UTC', () => {
    expect(rssDate('2017')).toBe('Sun, 01 Jan 2017 00:00:00 GMT')
    expect(rssDate('2005-03')).toBe('Tue, 01 Mar 2005 00:00:00 GMT')
    expect(rssDate('2026-11-23')).toBe('Mon, 23 Nov 2026 00:00:00 GMT')
  })
})

describe('publication feed', () => {
  it.each(['en', 'fr', 'ar'] as const)('is well-formed RSS 2.0 for %s, newest first', (locale) => {
    const rss = parseXml(buildRss(publicationFeed(locale, FEED_TEXT)))
    expect(rss.name).toBe('rss')
    expect(rss.attributes).toMatchObject({
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    })
    const channel = child(rss, 'channel')!
    expect(textOf(channel, 'title')).toBeTruthy()
    expect(textOf(channel, 'description')).toBeTruthy()
    expect(textOf(channel, 'link')).toBe(abs(`/${locale}/publications`))
    expect(textOf(channel, 'language')).toBe(locale)
    expect(child(channel, 'atom:link')!.attributes).toEqual({ href: abs(`/${locale}/feed.xml`), rel: 'self', type: 'application/rss+xml' })

    const publications = publicationsNewestFirst(locale)
    const items = channel.children.filter((c) => c.name === 'item')
    expect(publications.length).toBeGreaterThan(1)
    expect(items).toHaveLength(publications.length)
    items.forEach((item, i) => {
      const url = abs(`/${locale}/publications/${publications[i]!.slug}`)
      expect(textOf(item, 'title')).toBe(publications[i]!.data.title)
      expect(textOf(item, 'link')).toBe(url)
      expect(child(item, 'guid')).toMatchObject({ text: url, attributes: { isPermaLink: 'true' } })
      expect(textOf(item, 'description')).toBe(publications[i]!.data.summary)
      expect(textOf(item, 'dc:creator')).toBe(publications[i]!.data.author)
    })
    const dates = items.map((item) => Date.parse(textOf(item, 'pubDate')!))
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true)
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
  })

  it('has the language tag and localized item links', () => {
    expect(publicationFeed('zh', FEED_TEXT).language).toBe('zh-Hans')
    expect(publicationFeed('fr', FEED_TEXT).items.map((i) => i.url)).toEqual(
      publicationsNewestFirst('fr').map((e) => abs(`/fr/publications/${e.slug}`)),
    )
  })

  it('escapes markup and ampersands in every text', () => {
    const hostile = 'Tom & Jerry <script>alert("x")</script> > \'q\''
    const channel: FeedChannel = {
      title: `A & B <feed>`,
      description: hostile,
      link: 'https://example.org/en/publications?a=1&b=2',
      selfUrl: 'https://example.org/en/feed.xml?x="y"&z',
      language: 'en',
      items: [
        {
          title: hostile,
          url: 'https://example.org/en/publications/x?a&b',
          summary: '</description><evil/>',
          date: '2017',
          author: 'R&D <team>',
        },
      ],
    }
    const xml = buildRss(channel)
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<evil/>')
    expect(xml).toContain('Tom &amp; Jerry &lt;script&gt;')
    const rss = parseXml(xml)
    const c = child(rss, 'channel')!
    const item = child(c, 'item')!
    expect(textOf(c, 'title')).toBe('A & B <feed>')
    expect(child(c, 'atom:link')!.attributes.href).toBe(channel.selfUrl)
    expect(textOf(item, 'title')).toBe(hostile)
    expect(textOf(item, 'description')).toBe('</description><evil/>')
    expect(textOf(item, 'dc:creator')).toBe('R&D <team>')
    expect(textOf(item, 'pubDate')).toBe('Sun, 01 Jan 2017 00:00:00 GMT')
  })

  it('rejects what the test parser should reject', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow()
    expect(() => parseXml('<a>x & y</a>')).toThrow()
    expect(() => parseXml('<a><b></b>')).toThrow()
  })
})
