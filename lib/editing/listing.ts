// The desk's list of content files at the tip of the base branch: each
// English file with its translation state in every language.
import { type Content, loadContent, type TranslationState } from '../content'
import type { CollectionName } from '../content/schemas'
import { defaultLocale, type Locale, locales } from '../i18n/config'
import type { ContentStore } from './store'

export interface ListedFile {
  collection: CollectionName
  slug: string
  title: string
  states: { locale: Locale; state: TranslationState | 'english' }[]
}

export interface Listing {
  files: ListedFile[]
  // Other files: site.json, topics.json.
  others: string[]
  // The base branch fails the content check: states cannot be computed.
  problem?: string
}

export async function listContent(store: ContentStore, commit: string): Promise<Listing> {
  const paths = await store.list(commit)
  const others = paths.filter((p) => /^content\/[^/]+\.json$/.test(p))
  let content: Content
  try {
    content = loadContent(await store.snapshot(commit))
  } catch (error) {
    return { files: [], others, problem: (error as Error).message }
  }
  const collections: CollectionName[] = ['pages', 'working-groups', 'publications']
  const files = collections.flatMap((collection) =>
    content.slugs(collection).map((slug) => ({
      collection,
      slug,
      title: content.entry(collection, defaultLocale, slug)!.data.title,
      states: locales.map((locale) => ({
        locale,
        state: locale === defaultLocale ? ('english' as const) : content.translationState(collection, locale, slug),
      })),
    })),
  )
  return { files, others }
}
