import { join } from 'node:path'
import { ELIGIBILITY_PAGE, type Criterion } from '../eligibility'
import { defaultLocale, type Locale } from '../i18n/config'
import { groupStatuses } from '../working-group-filter'
import { entryPath, loadContent, markTranslated, type Content, type Entry } from './load'

export type { Content, Entry, TranslationState } from './load'
export type { PageHeading } from './markdown'
export type { CollectionName, EligibilityData, GroupStatusData, PageData, WorkingGroupData, PublicationData, SiteSettings } from './schemas'
export { ContentError, formatProblem, type ContentProblem } from './problems'
export { statusConfirmation, STATUS_FRESH_YEARS, type StatusConfirmation } from './status'
export { recordTranslatedFrom, translatedParts, type TranslatedFrom, type TranslatedPart } from './translated-from'
export { entryPath, loadContent, markTranslated }

let cached: Content | undefined

// Loaded once per process: every page of a build shares one parse of
// every file instead of re-reading the files it lists.
export function getContent(): Content {
  cached ??= loadContent(process.env.CONTENT_DIR ?? join(process.cwd(), 'content'))
  return cached
}

export interface NavItem {
  path: string
  label: string
  description: string
}

// The primary navigation: every page whose front matter has `nav`, by order.
export function navigation(locale: Locale): NavItem[] {
  return getContent()
    .entries('pages', locale)
    .filter((e) => e.data.nav)
    .sort((a, b) => a.data.nav!.order - b.data.nav!.order)
    .map((e) => ({ path: entryPath('pages', e.slug), label: e.data.nav!.label, description: e.data.description }))
}

export function publicationsNewestFirst(locale: Locale): Entry<'publications'>[] {
  return getContent()
    .entries('publications', locale)
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title))
}

export function workingGroups(locale: Locale): Entry<'working-groups'>[] {
  // Current groups first, then past, then those whose status is unknown.
  const rank = (e: Entry<'working-groups'>) => groupStatuses.indexOf(e.data.status.value)
  return getContent()
    .entries('working-groups', locale)
    .sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title, locale))
}

export interface EligibilityCheck {
  intro: string
  criteria: Criterion[]
  declaration?: string
  // The language the intro and labels are written in: the page's, or
  // English when the translation has no eligibility block yet.
  locale: Locale
}

// The membership page's eligibility criteria in `locale`, falling back to
// the English ones; undefined when the membership page has none.
export function eligibilityCheck(locale: Locale): EligibilityCheck | undefined {
  const content = getContent()
  const own = content.entry('pages', locale, ELIGIBILITY_PAGE)
  if (own?.data.eligibility) return { ...own.data.eligibility, locale: own.locale }
  const english = content.entry('pages', defaultLocale, ELIGIBILITY_PAGE)?.data.eligibility
  return english ? { ...english, locale: defaultLocale } : undefined
}
