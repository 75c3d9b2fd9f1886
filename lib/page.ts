import 'server-only'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getContent, type CollectionName, type Entry } from './content'
import { defaultLocale, direction, isLocale, locales, type Locale } from './i18n/config'
import { format, getDictionary } from './i18n/dictionaries'
import { formatDate } from './i18n/format'
import { localePath } from './i18n/paths'

// Route params arrive as plain strings; anything that is not one of our
// languages is a 404, never a file lookup.
export function toLocale(value: string): Locale {
  if (!isLocale(value)) notFound()
  return value
}

// Shown instead of a translation: the original's language and direction,
// and the notice in the visitor's language.
export interface Fallback {
  lang: string
  dir: 'ltr' | 'rtl'
  notice: string
}

export interface ResolvedEntry<C extends CollectionName> {
  entry: Entry<C>
  fallback?: Fallback
  updated: string
}

export async function resolveEntry<C extends CollectionName>(
  collection: C,
  locale: Locale,
  slug: string,
): Promise<ResolvedEntry<C> | undefined> {
  const entry = getContent().entry(collection, locale, slug)
  if (!entry) return undefined
  const dict = await getDictionary(locale)
  const updated = format(dict.page.updated, { date: formatDate(locale, entry.data.updated) })
  if (entry.locale === locale) return { entry, updated }
  return { entry, updated, fallback: { lang: entry.locale, dir: direction(entry.locale), notice: dict.language.fallbackNotice } }
}

// Canonical URL plus one alternate per language and x-default, so search
// engines show each visitor the page in their language.
export function pageMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, localePath(l, path)]))
  languages['x-default'] = localePath(defaultLocale, path)
  return {
    title,
    description,
    alternates: { canonical: localePath(locale, path), languages },
  }
}

export function staticLocaleParams() {
  return locales.map((locale) => ({ locale }))
}

export function staticEntryParams(collection: CollectionName, exclude: string[] = []) {
  const slugs = getContent().slugs(collection).filter((s) => !exclude.includes(s))
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
}
