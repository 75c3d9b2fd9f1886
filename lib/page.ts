import 'server-only'
import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { languageAlternates } from './alternates'
import { entryPath, getContent, type CollectionName, type Entry, type PageHeading } from './content'
import { direction, formatPartialDate, isLocale, locales, ogLocale, type Locale } from './i18n/config'
import { getPathname } from './i18n/navigation'
import { feedAlternate } from './publication-feed'

// Route params arrive as plain strings; anything that is not one of our
// languages is a 404, never a file lookup. A known language is also the
// request's locale for next-intl, so pages stay statically rendered.
export function toLocale(value: string): Locale {
  if (!isLocale(value)) notFound()
  setRequestLocale(value)
  return value
}

// Shown instead of a translation: the original's language and direction,
// and the notice in the visitor's language.
export interface Fallback {
  lang: Locale
  dir: 'ltr' | 'rtl'
  notice: string
  // The title is in that language too (an untranslated page); an
  // English-only document has a translated title over its English text.
  title: boolean
}

export interface ResolvedEntry<C extends CollectionName> {
  entry: Entry<C>
  fallback?: Fallback
  updated: string
  // The markdown file in the repository's web editor, for staff.
  edit: { href: string; label: string }
  // A table of contents, for documents long enough to need one.
  toc?: TocData
}

export interface TocData {
  label: string
  backToTop: string
  headings: PageHeading[]
}

// Three sections or more make a document worth a table of contents.
const TOC_MIN_SECTIONS = 3

export async function resolveEntry<C extends CollectionName>(
  collection: C,
  locale: Locale,
  slug: string,
): Promise<ResolvedEntry<C> | undefined> {
  const entry = getContent().entry(collection, locale, slug)
  if (!entry) return undefined
  const t = await getTranslations({ locale })
  const updated = t('page.updated', { date: formatPartialDate(locale, entry.data.updated) })
  const { repositoryUrl, repositoryBranch } = getContent().site
  const edit = { href: `${repositoryUrl}/edit/${repositoryBranch}/${entry.file}`, label: t('page.edit') }
  const sections = entry.headings.filter((h) => h.depth === 2).length
  const toc = sections >= TOC_MIN_SECTIONS ? { label: t('page.toc'), backToTop: t('page.backToTop'), headings: entry.headings } : undefined
  if (entry.textLocale === locale) return { entry, updated, edit, toc }
  const notice = entry.originalLanguageOnly ? t('language.originalOnlyNotice') : t('language.fallbackNotice')
  const fallback = { lang: entry.textLocale, dir: direction(entry.textLocale), notice, title: entry.locale !== locale }
  return { entry, updated, edit, fallback, toc }
}

// Canonical URL plus one alternate per language and x-default, so search
// engines show each visitor the page in their language; the RSS feed link
// sits in the same `alternates`, as pages replace the layout's whole object.
// Open Graph and Twitter cards repeat the page's own title and description.
export async function pageMetadata(locale: Locale, path: string, title: string, description: string): Promise<Metadata> {
  const canonical = getPathname({ locale, href: path })
  const t = await getTranslations({ locale, namespace: 'feed' })
  return {
    title,
    description,
    alternates: { canonical, languages: languageAlternates(path), types: feedAlternate(locale, t('title')) },
    openGraph: {
      type: path.startsWith(entryPath('publications', '')) ? 'article' : 'website',
      title,
      description,
      url: canonical,
      siteName: getContent().site.name,
      locale: ogLocale(locale),
      alternateLocale: locales.filter((l) => l !== locale).map(ogLocale),
    },
    twitter: { card: 'summary', title, description },
  }
}

export type EntryRouteProps = { params: Promise<{ locale: string; slug: string }> }

// generateMetadata of a route showing one markdown entry: its title and a
// description taken from its front matter. (For an unknown slug the proxy
// answers 404, and Next then uses the layout's not-found title.)
export function entryMetadata<C extends CollectionName>(collection: C, descriptionOf: (entry: Entry<C>) => string) {
  return async ({ params }: EntryRouteProps): Promise<Metadata> => {
    const { locale, slug, resolved } = await entryRoute(collection, params)
    if (!resolved) return {}
    return pageMetadata(locale, entryPath(collection, slug), resolved.entry.data.title, descriptionOf(resolved.entry))
  }
}

// What a route showing one entry needs from its params.
export async function entryRoute<C extends CollectionName>(collection: C, params: EntryRouteProps['params']) {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  return { locale, slug, resolved: await resolveEntry(collection, locale, slug) }
}

export function staticLocaleParams() {
  return locales.map((locale) => ({ locale }))
}

export function staticEntryParams(collection: CollectionName, exclude: string[] = []) {
  const slugs = getContent()
    .slugs(collection)
    .filter((s) => !exclude.includes(s))
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
}
