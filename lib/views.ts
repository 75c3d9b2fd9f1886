import 'server-only'
import { getTranslations } from 'next-intl/server'
import { type GroupStatusData, getContent, publicationsNewestFirst, statusConfirmation, workingGroups, entryPath } from './content'
import { defaultLocale, formatPartialDate, textLanguage, type Locale } from './i18n/config'
import { getPathname } from './i18n/navigation'
import { callOpen } from './alerts/calls'
import { takePartPath } from './alerts/paths'
import { formatMoment } from './consultations'
import type { WorkingGroupData } from './content'
import { OPEN_CALLS_PATH } from './routes'
import {
  type FilterLink,
  type FilterLinks,
  filterGroups,
  filterLinks,
  filterPath,
  type GroupStatus,
  UNFILTERED,
  type WorkingGroupFilter,
} from './working-group-filter'

// Turns content entries into the plain strings list components show, so
// components never need to know about locales or front matter.

// A working group's status as a reader should take it: the value, the
// date a source last confirmed it, that source, and a warning when the
// confirmation is too old to be read as today's fact.
export interface StatusView {
  value: GroupStatus
  label: string
  // "As of 2012", or "As of about 2012 (an estimate)"
  asOf: string
  // "Not confirmed since 2012", when stale.
  stale?: string
  source: string
  sourceUrl?: string
}

export interface WorkingGroupSummary {
  href: string
  title: string
  summary: string
  status: StatusView
  years?: string
  topics: string
  // "Participants wanted until …", where the list is of open calls.
  call?: string
  lang?: string
  dir?: 'ltr' | 'rtl'
}

export interface PublicationSummary {
  href: string
  title: string
  summary: string
  date: string
  dateTime: string
  author?: string
  // Set when the document itself is in another language than its listing
  // ("In English").
  textLanguageLabel?: string
  lang?: string
  dir?: 'ltr' | 'rtl'
}

export const localHref = (locale: Locale, path: string) => getPathname({ locale, href: path })

const PRECISIONS = ['year', 'month', 'day'] as const

export async function statusView(locale: Locale, status: GroupStatusData, today = new Date()): Promise<StatusView> {
  const t = await getTranslations({ locale, namespace: 'workingGroups' })
  const { stale, asOf } = statusConfirmation(status, today)
  const date = { date: formatPartialDate(locale, asOf), precision: PRECISIONS[asOf.split('-').length - 1]! }
  return {
    value: status.value,
    label: t(`status.${status.value}`),
    asOf: t(status.estimated ? 'asOfEstimated' : 'asOf', date),
    stale: stale ? t(status.estimated ? 'notConfirmedSinceEstimated' : 'notConfirmedSince', date) : undefined,
    source: status.source,
    sourceUrl: status.sourceUrl,
  }
}

// "Security, DNS and Transfers" in each language's own way of listing.
export function topicList(locale: Locale, topics: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(topics.map((t) => topicLabel(locale, t)))
}

export function topicLabel(locale: Locale, topic: string): string {
  const labels = getContent().topics[topic]
  return labels?.[locale] ?? labels?.en ?? topic
}

// The content page that lists the working groups (`lists: working-groups`),
// if there is one: the explorer links back to it.
export function workingGroupsPagePath(): string | undefined {
  const page = getContent()
    .entries('pages', defaultLocale)
    .find((e) => e.data.lists === 'working-groups')
  return page && entryPath('pages', page.slug)
}

// Home, then the section page (e.g. /working-groups) by its navigation
// label or title, for the breadcrumbs of a page below that section.
export async function sectionTrail(locale: Locale, sectionPath: string): Promise<{ href: string; label: string }[]> {
  const t = await getTranslations({ locale, namespace: 'nav' })
  const home = { href: localHref(locale, '/'), label: t('home') }
  const slug = sectionPath.slice(1)
  const section = getContent().slugs('pages').includes(slug) ? getContent().entry('pages', locale, slug) : undefined
  return section ? [home, { href: localHref(locale, sectionPath), label: section.data.nav?.label ?? section.data.title }] : [home]
}

// The home page's next steps: learning about the constituency, following
// its working groups, checking membership; each only if its page exists.
export async function homeNextSteps(locale: Locale): Promise<{ href: string; text: string }[]> {
  const t = await getTranslations({ locale, namespace: 'home.start' })
  const steps = [
    { slug: 'about', text: t('about') },
    { slug: 'working-groups', text: t('groups') },
    { slug: 'membership', text: t('membership') },
  ]
  const pages = getContent().slugs('pages')
  return steps.filter((s) => pages.includes(s.slug)).map((s) => ({ href: localHref(locale, `/${s.slug}`), text: s.text }))
}

// Topic ids in the order content/topics.json lists them.
export function topicIds(): string[] {
  return Object.keys(getContent().topics)
}

// Every working group, or only those a filter keeps (same order).
export async function workingGroupSummaries(locale: Locale, filter?: WorkingGroupFilter): Promise<WorkingGroupSummary[]> {
  const all = workingGroups(locale)
  const entries = filter
    ? filterGroups(
        all.map((e) => ({ ...e.data, status: e.data.status.value, entry: e })),
        filter,
      ).map((g) => g.entry)
    : all
  return Promise.all(
    entries.map(async (e) => ({
      href: localHref(locale, entryPath('working-groups', e.slug)),
      title: e.data.title,
      summary: e.data.summary,
      status: await statusView(locale, e.data.status),
      years: e.data.years,
      topics: topicList(locale, e.data.topics),
      ...textLanguage(locale, e.locale),
    })),
  )
}

// The explorer's status and topic links, in the page's language, with the
// `current` filter marked.
export async function workingGroupFilterLinks(locale: Locale, current: WorkingGroupFilter): Promise<FilterLinks> {
  const t = await getTranslations({ locale, namespace: 'explorer' })
  return filterLinks({
    current,
    topicIds: topicIds(),
    statusLabels: { all: t('status.all'), current: t('status.current'), past: t('status.past'), unknown: t('status.unknown') },
    allTopicsLabel: t('allTopics'),
    topicLabel: (id) => topicLabel(locale, id),
    href: (path) => localHref(locale, path),
  })
}

// "Current · Security and stability", "Past", "All": the active filter in words.
export async function describeFilter(locale: Locale, filter: WorkingGroupFilter): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'explorer.status' })
  const parts = [
    ...(filter.status === 'all' ? [] : [t(filter.status)]),
    ...(filter.topic === 'all' ? [] : [topicLabel(locale, filter.topic)]),
  ]
  return parts.length ? parts.join(' · ') : t('all')
}

export async function publicationSummaries(locale: Locale, limit?: number): Promise<PublicationSummary[]> {
  const t = await getTranslations({ locale, namespace: 'language' })
  return publicationsNewestFirst(locale)
    .slice(0, limit)
    .map((e) => ({
      href: localHref(locale, entryPath('publications', e.slug)),
      title: e.data.title,
      summary: e.data.summary,
      date: formatPartialDate(locale, e.data.date),
      dateTime: e.data.date,
      author: e.data.author,
      // An English-only document keeps a translated title and summary here.
      textLanguageLabel: e.textLocale === locale ? undefined : t('inEnglish'),
      ...textLanguage(locale, e.locale),
    }))
}

// Whether any working group has a call for participants in its front
// matter: only then do the lists offer the "looking for participants" view.
export const anyCalls = () =>
  getContent()
    .slugs('working-groups')
    .some((slug) => getContent().entry('working-groups', defaultLocale, slug)?.data.call)

// The lists' third row of filter links: every group, or those with an open
// call. On the unfiltered lists neither is marked: "all" is the status row's.
export async function callFilters(locale: Locale, current: 'all' | 'calls'): Promise<{ label: string; links: FilterLink[] } | undefined> {
  if (!anyCalls()) return undefined
  const t = await getTranslations({ locale, namespace: 'calls' })
  return {
    label: t('filterLabel'),
    links: [
      { label: t('filterAll'), href: localHref(locale, filterPath(UNFILTERED)), current: false },
      { label: t('filterOpen'), href: localHref(locale, OPEN_CALLS_PATH), current: current === 'calls' },
    ],
  }
}

/** "Participants wanted until …" and where to answer, while the group's call is open. */
export async function openCall(locale: Locale, slug: string, data: WorkingGroupData, now = new Date()) {
  if (!data.call || !callOpen(data.call, now)) return undefined
  const t = await getTranslations({ locale, namespace: 'calls' })
  return {
    wanted: t('wanted', { closes: formatMoment(locale, new Date(data.call.closes)) }),
    note: data.callNote,
    takePartHref: localHref(locale, takePartPath(slug)),
    takePartLabel: t('takePartLink'),
  }
}

/** The working groups whose call is open at `now`, each saying until when. */
export async function openCallSummaries(locale: Locale, now = new Date()): Promise<WorkingGroupSummary[]> {
  const open = workingGroups(locale).filter((e) => callOpen(e.data.call, now))
  const summaries = await Promise.all(
    open.map(async (e) => ({
      href: localHref(locale, entryPath('working-groups', e.slug)),
      title: e.data.title,
      summary: e.data.summary,
      status: await statusView(locale, e.data.status),
      years: e.data.years,
      topics: topicList(locale, e.data.topics),
      call: (await openCall(locale, e.slug, e.data, now))?.wanted,
      ...textLanguage(locale, e.locale),
    })),
  )
  return summaries
}
