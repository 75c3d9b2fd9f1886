import type { Heading, Link, Definition, Parent, Root } from 'mdast'
import { remark } from 'remark'
import remarkGfm from 'remark-gfm'
import remarkHtml from 'remark-html'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { ContentProblem } from './problems'

export interface MarkdownContext {
  file: string
  // Internal links are written without a language (/membership) and point
  // to the same language as the page they appear on.
  linkPrefix: string
  isKnownPath: (path: string) => boolean
  // undefined: leave placeholders alone (the settings themselves are broken).
  tokens: Readonly<Record<string, string>> | undefined
}

export interface RenderedMarkdown {
  html: string
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
function keepBareAddressesPlain() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    visit(tree, 'link', (node: Link, index, parent: Parent | undefined) => {
      if (!node.url.startsWith('mailto:') || !parent || index === undefined) return
      const first = source[node.position?.start.offset ?? -1]
      if (first === '[' || first === '<') return
      parent.children.splice(index, 1, ...node.children)
      return index + node.children.length
    })
  }
}

// GitHub's sanitisation schema (remark-html's default, kept explicit here):
// raw HTML such as <script> and on* handlers is dropped, and only http(s),
// mailto and relative URLs survive in links.
export function renderMarkdown(body: string, ctx: MarkdownContext): RenderedMarkdown {
  const problems: ContentProblem[] = []
  const source = replaceTokens(body, ctx, problems)
  const html = String(
    remark()
      .use(remarkGfm)
      .use(keepBareAddressesPlain)
      .use(() => checkLinks(ctx, problems))
      .use(remarkHtml, { sanitize: true })
      .processSync(source),
  )
  return { html, problems }
}
