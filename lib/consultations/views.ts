// View models of consultations: what the listing, the statement page and
// the comment page show, in the visitor's language, at a given moment.
import { getTranslations } from 'next-intl/server'
import { getDb } from '../db/client'
import { publishedComments } from '../db/queries/comments'
import { entryPath, getContent, type Entry } from '../content'
import { consultationOrder, consultationPhase, formatMoment, type ConsultationPhase } from '.'
import { formatPartialDate, type Locale, textLanguage } from '../i18n/config'
import { localHref } from '../views'

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
}

/** One page (from 1) of a consultation's published comments, ready to show. */
export async function commentPage(locale: Locale, slug: string, page: number) {
  const t = await getTranslations({ locale, namespace: 'consultations' })
  const { comments, total } = await publishedComments(getDb(), slug, { offset: (page - 1) * COMMENTS_PER_PAGE, limit: COMMENTS_PER_PAGE })
  const items: CommentItem[] = comments.map((c) => ({
    id: c.id,
    name: c.name,
    organisation: c.organisation ?? undefined,
    received: t('received', { date: formatMoment(locale, c.createdAt) }),
    dateTime: c.createdAt.toISOString(),
    body: c.body,
  }))
  return {
    items,
    total,
    pages: Math.max(1, Math.ceil(total / COMMENTS_PER_PAGE)),
    heading: t('commentsHeading'),
    count: t('commentCount', { count: total }),
  }
}
