// Editing a content file's front matter through the YAML document model (the
// `yaml` package) so that only what staff changed changes: a value keeps its
// quotes, a list its flow or block style, and every line not edited stays
// byte-identical, even where the file's layout is not the one `yaml` writes.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml'
import { diffLines } from './diff'

export interface SplitFile {
  front: string
  body: string
  // What surrounds the front matter: the opening ---, the closing --- and the line break.
  open: string
  close: string
}

const FRONT = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/

export function splitFile(text: string): SplitFile | undefined {
  const match = FRONT.exec(text)
  if (!match) return undefined
  return { open: match[1]!, front: match[2] ?? '', close: match[3]!, body: text.slice(match[0].length) }
}

export const joinFile = (file: SplitFile) => `${file.open}${file.front}${file.close}${file.body}`

export function readFrontMatter(front: string): Record<string, unknown> {
  const value = parseDocument(front).toJS() as unknown
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

const STRING_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const

type Plain = string | number | boolean | undefined | Plain[] | { [key: string]: Plain }

const isRecord = (v: unknown): v is Record<string, Plain> => v !== null && typeof v === 'object' && !Array.isArray(v)

// Brings `node` to `value` in place, touching only what differs.
function reconcile(doc: Document, node: Node, value: Plain): Node {
  if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
    // A form sends text: 2012 and "2012" are the same year, left as written.
    const same = node.value === value || (typeof node.value === 'number' && String(node.value) === value)
    if (!same) node.value = value
    return node
  }
  if (isMap(node) && isRecord(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      if (value[key] === undefined) node.delete(pair.key)
    }
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined) continue
      const current = node.get(key, true) as Node | undefined
      if (current && (isScalar(current) || isMap(current) || isSeq(current))) {
        const next = reconcile(doc, current, inner)
        if (next !== current) node.set(key, next)
      } else node.set(key, doc.createNode(inner))
    }
    return node
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items.splice(value.length)
    value.forEach((inner, index) => {
      const current = node.items[index] as Node | undefined
      if (current && (isScalar(current) || isMap(current) || isSeq(current))) {
        const next = reconcile(doc, current, inner)
        if (next !== current) node.items[index] = next
      } else node.items[index] = doc.createNode(inner)
    })
    return node
  }
  const fresh = doc.createNode(value) as Node
  // A flow list stays a flow list when it is replaced whole.
  if ((isSeq(node) || isMap(node)) && (isSeq(fresh) || isMap(fresh))) fresh.flow = node.flow
  return fresh
}

// The front matter text with its data set to `data` (undefined fields removed).
export function editFrontMatter(front: string, data: Record<string, Plain>): string {
  const doc = parseDocument(front)
  const baseline = doc.toString(STRING_OPTIONS)
  if (!doc.contents) doc.contents = doc.createNode({}) as unknown as typeof doc.contents
  reconcile(doc, doc.contents as Node, data)
  const edited = doc.toString(STRING_OPTIONS)
  // A new file has nothing to keep.
  if (front.trim() === '') return edited
  const original = front.split('\n')
  // `yaml` writes a few things its own way (spaces inside braces, say). Where
  // it writes the original line for line, every line it did not change is
  // taken from the original; only the edited lines are its own.
  if (baseline.split('\n').length !== original.length) return edited
  const out: string[] = []
  let line = 0
  for (const part of diffLines(baseline, edited)) {
    if (part.op === ' ') out.push(original[line++]!)
    else if (part.op === '-') line++
    else out.push(part.text)
  }
  return out.join('\n')
}

export type { Plain }
