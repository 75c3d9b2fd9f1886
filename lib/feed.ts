// RSS 2.0 from plain data: no content loading here, so it is unit-testable.

export interface FeedItem {
  title: string
  url: string
  summary: string
  // YYYY, YYYY-MM or YYYY-MM-DD, as in publication front matter.
  date: string
  author?: string
}

export interface FeedChannel {
  title: string
  description: string
  // The page the feed mirrors, and the feed's own address (both absolute).
  link: string
  selfUrl: string
  language: string
  items: FeedItem[]
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  // Control characters are not allowed anywhere in XML 1.0, even escaped.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
}

// RFC 822 date (with a four-digit year, as RSS readers expect). A partial
// date means its first day: '2017' is 1 January 2017, UTC.
export function rssDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1)).toUTCString()
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`
}

export function buildRss(channel: FeedChannel): string {
  const items = channel.items.map((item) =>
    [
      '    <item>',
      `      ${element('title', item.title)}`,
      `      ${element('link', item.url)}`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      `      ${element('description', item.summary)}`,
      `      ${element('pubDate', rssDate(item.date))}`,
      ...(item.author ? [`      ${element('dc:creator', item.author)}`] : []),
      '    </item>',
    ].join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    ${element('title', channel.title)}`,
    `    ${element('link', channel.link)}`,
    `    ${element('description', channel.description)}`,
    `    ${element('language', channel.language)}`,
    `    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}
