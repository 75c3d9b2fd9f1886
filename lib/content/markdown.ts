import GithubSlugger from 'github-slugger'
import type { Element, Root as HtmlRoot } from 'hast'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { toText } from 'hast-util-to-text'
import type { Definition, Heading, Link, Parent, Root } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import { remark } from 'remark'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import { markPoints, type StatementPoint } from './points'
import type { ContentProblem } from './problems'

export interface MarkdownContext {
  file: string
  // Internal links are written without a language (/membership) and point
  // to the same language as the page they appear on.
  linkPrefix: string
  isKnownPath: (path: string) => boolean
  // undefined: leave placeholders alone (the settings themselves are broken).
  tokens: Readonly<Record<string, string>> | undefined
  // A consultation's statement: the items of its top-level numbered lists
  // are its points (lib/content/points.ts).
  points?: boolean
}

// A section heading of a page, for a table of contents: /about#who-we-are.
export interface PageHeading {
  depth: 2 | 3
  id: string
  text: string
}

export interface RenderedMarkdown {
  html: string
  // What a reader sees, block by block on its own line (the DOM's
  // innerText): for the search index, never for display.
  text: string
  headings: PageHeading[]
  // Empty unless ctx.points.
  points: StatementPoint[]
  problems: ContentProblem[]
}

const TOKEN = /\{\{\s*([\w.]+)\s*\}\}/g
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

function replaceTokens(body: string, ctx: MarkdownContext, problems: ContentProblem[]): string {
  const tokens = ctx.tokens
  if (!tokens) return body
  return body.replace(TOKEN, (whole, name: string) => {
    const value = tokens[name]
    if (value === undefined) {
      problems.push({ file: ctx.file, field: 'body', message: `unknown placeholder ${whole}` })
      return whole
    }
    return value
  })
}

function checkLinks(ctx: MarkdownContext, problems: ContentProblem[]) {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth === 1) {
        problems.push({
          file: ctx.file,
          field: 'body',
          message: 'level-1 heading ("# ..."): the title is the page heading, start sections at "##"',
        })
      }
    })
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition
      const url = link.url
      if (url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return
      if (!url.startsWith('/')) {
        problems.push({ file: ctx.file, field: 'body', message: `link "${url}" must start with / (e.g. /membership)` })
        return
      }
      const [path = '/', rest = ''] = url.split(/(?=[?#])/, 2)
      const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path
      if (!ctx.isKnownPath(normalised)) {
        problems.push({ file: ctx.file, field: 'body', message: `broken internal link "${url}": no page at ${normalised}` })
        return
      }
      link.url = ctx.linkPrefix + (normalised === '/' ? '' : normalised) + rest
    })
  }
}

// remark-gfm turns every bare e-mail address into a mailto: link. Old
// documents quote people's addresses as part of the record, and those must
// stay plain text; an address is a link only when written as one:
// [name@example.org](mailto:name@example.org) or <mailto:name@example.org>.
// A written link starts with [ or < in the source; a bare address does not.
function keepBareAddressesPlain(tree: Root, source: string) {
  visit(tree, 'link', (node: Link, index, parent: Parent | undefined) => {
    if (!node.url.startsWith('mailto:') || !parent || index === undefined) return
    const first = source[node.position?.start.offset ?? -1]
    if (first === '[' || first === '<') return
    parent.children.splice(index, 1, ...node.children)
    return index + node.children.length
  })
}

// Section headings get an id made from their text the way GitHub makes
// anchors ("Who we are" -> who-we-are), so /membership#apply works without
// JavaScript. The ids are added after sanitising, on purpose: the schema
// rewrites every id to user-content-… (against DOM clobbering by ids that
// authors write), which GitHub undoes in script and we could not. These come
// from our own slugger, and authors' raw HTML never reaches the tree, so the
// only risk left is a heading named like a script global (Next's
// self.__next_f): leading underscores are dropped. A heading that already
// has an id (GFM's footnote label) keeps it and is not a section.
function addHeadingIds(tree: HtmlRoot): PageHeading[] {
  const slugger = new GithubSlugger()
  const headings: PageHeading[] = []
  visit(tree, 'element', (node: Element) => {
    if ((node.tagName !== 'h2' && node.tagName !== 'h3') || node.properties.id !== undefined) return
    const text = toText(node).trim()
    const id = slugger.slug(text).replace(/^_+/, '')
    if (!id) return
    node.properties.id = id
    headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text })
  })
  return headings
}

// Markdown tables have no caption: a paragraph written right above a table
// that starts with "Table: " becomes its <caption>, so the table is named
// for screen readers and its note stays with it when it scrolls sideways.
export const CAPTION = /^Table:\s*/
function captionTables(tree: HtmlRoot) {
  const isElement = (n: HtmlRoot['children'][number] | undefined): n is Element => n?.type === 'element'
  visit(tree, (node) => {
    if (!('children' in node)) return
    const children = node.children as HtmlRoot['children']
    const elements = children.filter(isElement)
    for (const [i, p] of elements.entries()) {
      const table = elements[i + 1]
      const first = p.children[0]
      if (p.tagName !== 'p' || table?.tagName !== 'table' || first?.type !== 'text' || !CAPTION.test(first.value)) continue
      first.value = first.value.replace(CAPTION, '')
      table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: p.children })
      children.splice(children.indexOf(p), 1)
    }
  })
}

// Markdown -> syntax tree -> sanitised HTML tree, with GitHub's sanitisation
// schema (what remark-html did before, step for step): raw HTML such as
// <script> is dropped before sanitising, on* handlers go, and only http(s),
// mailto and relative URLs survive in links. The HTML and the indexed text
// come from the same sanitised tree, so search never sees what readers don't.
export function renderMarkdown(body: string, ctx: MarkdownContext): RenderedMarkdown {
  const problems: ContentProblem[] = []
  const source = replaceTokens(body, ctx, problems)
  const markdown = remark().use(remarkGfm).parse(source)
  keepBareAddressesPlain(markdown, source)
  checkLinks(ctx, problems)(markdown)
  const tree = sanitize(toHast(markdown, { allowDangerousHtml: false }), defaultSchema) as HtmlRoot
  const headings = addHeadingIds(tree)
  captionTables(tree)
  const points = ctx.points ? markPoints(tree, ctx.file, problems) : []
  return { html: toHtml(tree), text: toText(tree), headings, points, problems }
}
