// The numbered points of a statement (lib/content/points.ts) as the
// comment form, the statement page and the report use them.
import type { Element, ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { pointSlot, type StatementPoint } from '../content/points'
import type { PointFilter } from '../db/queries/comments'
import { direction, type Locale } from '../i18n/config'

const WORDS = 8

/** The first words of a point, in its own language's idea of a word (Chinese has no spaces), with "…" when cut. */
export function firstWords(text: string, locale: string, max = WORDS): string {
  let words = 0
  for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike && ++words > max)
      return `${text
        .slice(0, segment.index)
        .trimEnd()
        .replace(/[\s\p{Po}\p{Pd}]+$/u, '')}…`
  }
  return text
}

/** A point number from a query string (?point=3), if this statement has that point. */
export function pointParam(raw: string | string[] | undefined, points: number): number | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) return undefined
  const n = Number(value)
  return n <= points ? n : undefined
}

/** The desk's filter (?point=3, or ?point=whole for the whole draft). */
export function pointFilter(raw: string | string[] | undefined, points: number): PointFilter | undefined {
  return (Array.isArray(raw) ? raw[0] : raw) === 'whole' ? 'whole' : pointParam(raw, points)
}

export interface PointNote {
  /** "Comment on point 3", while the consultation is open. */
  comment?: { href: string; label: string }
  /** "3 comments", linked to them when there are some. */
  count?: { href?: string; label: string }
}

/**
 * The statement's HTML with each point's note at its end. The notes are
 * built as a tree and serialised, so their text is escaped; they carry the
 * page's language when the statement is shown in another (an English-only
 * text on an Arabic page).
 */
export function withPointNotes(
  html: string,
  points: StatementPoint[],
  note: (point: StatementPoint) => PointNote,
  locale: Locale,
  textLocale: Locale,
): string {
  const language = locale === textLocale ? {} : { lang: locale, dir: direction(locale) }
  let out = html
  for (const point of points) {
    const { comment, count } = note(point)
    const links = [comment, count].filter((l) => l !== undefined)
    const children: ElementContent[] = links.flatMap((link, i) => {
      const label = { type: 'text' as const, value: link.label }
      return [
        ...(i > 0 ? [{ type: 'text' as const, value: ' · ' }] : []),
        link.href ? { type: 'element' as const, tagName: 'a', properties: { href: link.href }, children: [label] } : label,
      ]
    })
    const element: Element = { type: 'element', tagName: 'span', properties: { className: ['point-note'], ...language }, children }
    const inserted = links.length ? ` ${toHtml(element)}` : ''
    out = out.replace(pointSlot(point.number), () => inserted)
  }
  return out
}
