import type { Element, Root as HtmlRoot } from 'hast'
import { toText } from 'hast-util-to-text'
import type { ContentProblem } from './problems'

// A numbered point of a consultation's statement: each item of a top-level
// ordered list, numbered 1, 2, 3… through the whole text, as the reader
// sees them (the numbering check below keeps the two the same).
export interface StatementPoint {
  number: number
  /** Its anchor, the same in every language: /publications/x#point-3. */
  id: string
  /** Its visible text, white space collapsed. */
  text: string
}

export const pointId = (number: number) => `point-${number}`

// Where a page may add to a point (its comment link and count): an HTML
// comment at the end of the item. Added after sanitising, like the heading
// ids, so no author can write one: the sanitiser drops every comment in the
// source and raw HTML never reaches the tree.
export const pointSlot = (number: number) => `<!--${pointId(number)}-->`

/**
 * Gives each point its id and slot, and reports a list that would show the
 * reader other numbers than the points' (a second list starting again at 1,
 * or one starting at 5 where it is point 3).
 */
export function markPoints(tree: HtmlRoot, file: string, problems: ContentProblem[]): StatementPoint[] {
  const points: StatementPoint[] = []
  for (const list of tree.children) {
    if (list.type !== 'element' || list.tagName !== 'ol') continue
    const start = typeof list.properties.start === 'number' ? list.properties.start : 1
    const items = list.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'li')
    for (const [index, item] of items.entries()) {
      const number = points.length + 1
      if (index === 0 && start !== number) {
        problems.push({
          file,
          field: 'body',
          message: `a numbered list starts at ${start} where it is point ${number}: number the points of the statement 1, 2, 3… through the whole text (write "${number}." for its first item)`,
        })
      }
      item.properties.id = pointId(number)
      item.children.push({ type: 'comment', value: pointId(number) })
      points.push({ number, id: pointId(number), text: toText(item).replace(/\s+/g, ' ').trim() })
    }
  }
  return points
}
