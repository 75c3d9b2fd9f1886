// View models of consultations: what the listing, the statement page and
// the comment page show, in the visitor's language, at a given moment.
import { getTranslations } from 'next-intl/server'
import { getDb } from '../db/client'
import { countsByPoint, publishedComments } from '../db/queries/comments'
import { entryPath, getContent, type Entry } from '../content'
import { consultationOrder, consultationPhase, formatMoment, type ConsultationPhase } from '.'
import { formatPartialDate, type Locale, textLanguage } from '../i18n/config'
import { localHref } from '../views'
import { pointId } from '../content/points'
import { firstWords, withPointNotes } from './points'

import { consultationPath } from '../routes'

export interface ConsultationView {
  slug: string
  title: string
  summary: string
  statementHref: string
  commentHref: string
  phase: ConsultationPhase['phase']
  phaseLabel: string
  /** "Open for comment until …", "Opens on …", "Comments closed on …". */
  when: string
  /** Why a past consultation has no comments here, from its front matter. */
  note?: string
  lang?: Locale
  dir?: 'ltr' | 'rtl'
}

/** Publications with a `consultation:` block (the visitor's language, else English). */
export function consultationEntries(locale: Locale): Entry<'publications'>[] {
  return getContent()
    .entries('publications', locale)
    .filter((e) => e.data.consultation)
}

export async function consultationView(locale: Locale, entry: Entry<'publications'>, now: Date): Promise<ConsultationView> {
  const t = await getTranslations({ locale, namespace: 'consultations' })
  const phase = consultationPhase(entry.data.consultation!, now)
  const when =
    phase.phase === 'upcoming'
      ? t('opensOn', { opens: formatMoment(locale, phase.opens) })
      : phase.phase === 'open'
        ? t('openUntil', { closes: formatMoment(locale, phase.closes) })
        : phase.closes
          ? t('closedOn', { closes: formatMoment(locale, phase.closes) })
          : t('closedIn', { period: formatPartialDate(locale, phase.closedIn!) })
  return {
    slug: entry.slug,
    title: entry.data.title,
    summary: entry.data.summary,
    statementHref: localHref(locale, entryPath('publications', entry.slug)),
    commentHref: localHref(locale, consultationPath(entry.slug)),
    phase: phase.phase,
    phaseLabel: t(`phase.${phase.phase}`),
    when,
    note: phase.phase === 'closed' ? phase.note : undefined,
    ...textLanguage(locale, entry.locale),
  }
}

/** Every consultation, open ones first, then upcoming, then closed. */
export async function consultationViews(locale: Locale, now: Date): Promise<ConsultationView[]> {
  const entries = consultationEntries(locale)
    .map((entry) => ({ entry, phase: consultationPhase(entry.data.consultation!, now) }))
    .sort((a, b) => consultationOrder(a.phase, b.phase))
  return Promise.all(entries.map(({ entry }) => consultationView(locale, entry, now)))
}

export async function consultationBySlug(locale: Locale, slug: string, now: Date) {
  const entry = getContent().entry('publications', locale, slug)
  if (!entry?.data.consultation) return undefined
  return { entry, view: await consultationView(locale, entry, now), phase: consultationPhase(entry.data.consultation, now) }
}

export const COMMENTS_PER_PAGE = 50

export interface CommentItem {
  id: number
  name: string
  organisation?: string
  received: string
  dateTime: string
  body: string
  /** What it is about ("On point 3", linked to the point), when the statement has points. */
  about?: { label: string; href?: string }
}

/**
 * One page (from 1) of a consultation's published comments, ready to show:
 * all of them, or those on one point. `points` is how many the statement
 * has: with none, nobody chose one and comments say nothing about it.
 */
export async function commentPage(locale: Locale, slug: string, page: number, options: { points: number; point?: number }) {
  const t = await getTranslations({ locale, namespace: 'consultations' })
  const p = await getTranslations({ locale, namespace: 'points' })
  const { comments, total } = await publishedComments(getDb(), slug, {
    offset: (page - 1) * COMMENTS_PER_PAGE,
    limit: COMMENTS_PER_PAGE,
    point: options.point,
  })
  const statement = localHref(locale, entryPath('publications', slug))
  // Older comments, and those on a point a later edit took away, are about the whole draft.
  const about = (point: number | null) =>
    point !== null && point <= options.points
      ? { label: p('onPoint', { number: point }), href: `${statement}#${pointId(point)}` }
      : { label: p('onWholeDraft') }
  const items: CommentItem[] = comments.map((c) => ({
    id: c.id,
    name: c.name,
    organisation: c.organisation ?? undefined,
    received: t('received', { date: formatMoment(locale, c.createdAt) }),
    dateTime: c.createdAt.toISOString(),
    body: c.body,
    about: options.points > 0 ? about(c.point) : undefined,
  }))
  return {
    items,
    total,
    pages: Math.max(1, Math.ceil(total / COMMENTS_PER_PAGE)),
    heading: options.point ? p('heading', { number: options.point }) : t('commentsHeading'),
    count: t('commentCount', { count: total }),
  }
}

/** The choices of the comment form's `point` field: each point by its number and first words, in the reader's language. */
export async function pointChoices(locale: Locale, entry: Entry<'publications'>) {
  const t = await getTranslations({ locale, namespace: 'points' })
  return {
    wholeDraft: t('wholeDraft'),
    points: entry.points.map((point) => ({
      value: String(point.number),
      label: t('option', { number: point.number, words: firstWords(point.text, entry.textLocale) }),
    })),
  }
}

/**
 * The statement's text with, at the end of each point, "Comment on point 3"
 * while the consultation is open and its count of published comments (when
 * the database gave them), linked to those comments. Before the opening
 * there is nothing to count; a past consultation recorded from its source
 * (no `opens`) took its comments elsewhere: their points stay bare.
 */
export async function statementHtml(
  locale: Locale,
  entry: Entry<'publications'>,
  view: ConsultationView,
  counts: Map<number | null, number> | undefined,
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'points' })
  const onSite = Boolean(entry.data.consultation?.opens)
  return withPointNotes(
    entry.html,
    entry.points,
    ({ number }) => {
      if (!onSite || view.phase === 'upcoming') return {}
      const n = counts?.get(number) ?? 0
      const pointComments = `${view.commentHref}?point=${number}`
      return {
        comment: view.phase === 'open' ? { href: `${pointComments}#comment-form-heading`, label: t('commentOn', { number }) } : undefined,
        count: counts && { href: n > 0 ? `${pointComments}#comments-heading` : undefined, label: t('count', { count: n }) },
      }
    },
    locale,
    entry.textLocale,
  )
}

/** How many published comments each point has (null: the whole draft). */
export const publishedCounts = (slug: string) => countsByPoint(getDb(), slug, 'published')

/** The report of public comments of a consultation, once placed among the publications. */
export async function reportLink(locale: Locale, slug: string) {
  const report = getContent()
    .entries('publications', locale)
    .find((e) => e.data.reportOf === slug)
  if (!report) return undefined
  const t = await getTranslations({ locale, namespace: 'points' })
  return { href: localHref(locale, entryPath('publications', report.slug)), label: t('report') }
}
