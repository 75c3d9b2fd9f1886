// The desk's list of content files at the tip of the base branch: each
// English file with its translation state in every language.
import { type Content, loadContent, type TranslationState } from '../content'
import type { CollectionName } from '../content/schemas'
import { defaultLocale, type Locale, locales } from '../i18n/config'
import { readFrontMatter, splitFile } from './front-matter'
import type { ContentStore, OpenChange } from './store'

export interface ListedFile {
  collection: CollectionName
  slug: string
  title: string
  // 'present' when the base branch fails the check and states cannot be told.
  states: { locale: Locale; state: TranslationState | 'english' | 'present' }[]
  // A new English file not merged yet: the branch proposing it.
  proposed?: string
}

export interface Listing {
  files: ListedFile[]
  // Other files: site.json, topics.json.
  others: string[]
  // The base branch fails the content check: states cannot be computed.
  problem?: string
}

const COLLECTIONS: CollectionName[] = ['pages', 'working-groups', 'publications']

function fromPaths(paths: string[]): ListedFile[] {
  const present = new Set(paths)
  return COLLECTIONS.flatMap((collection) =>
    paths
      .map((p) => new RegExp(`^content/${defaultLocale}/${collection}/([a-z0-9-]+)\\.md$`).exec(p)?.[1])
      .filter((slug): slug is string => slug !== undefined)
      .map((slug) => ({
        collection,
        slug,
        title: slug,
        states: locales.map((locale) => ({
          locale,
          state:
            locale === defaultLocale
              ? ('english' as const)
              : present.has(`content/${locale}/${collection}/${slug}.md`)
                ? ('present' as const)
                : ('missing' as const),
        })),
      })),
  )
}

export async function listContent(store: ContentStore, commit: string): Promise<Listing> {
  const paths = await store.list(commit)
  const others = paths.filter((p) => /^content\/[^/]+\.json$/.test(p))
  let content: Content
  try {
    content = loadContent(await store.snapshot(commit))
  } catch (error) {
    // Still every file, so that the one breaking the check can be fixed here.
    return { files: fromPaths(paths), others, problem: (error as Error).message }
  }
  const files = COLLECTIONS.flatMap((collection) =>
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

// New English files in open changes, with the translations they open:
// missing until one is proposed on the same branch. A blank translation is
// never written, so they exist only here until then.
export async function proposedFiles(store: ContentStore, changes: OpenChange[], base: Listing): Promise<ListedFile[]> {
  const listed = new Set(base.files.map((f) => `${f.collection}/${f.slug}`))
  const found: ListedFile[] = []
  for (const change of changes.filter((c) => c.state === 'open' && c.opens?.length)) {
    for (const path of change.files) {
      const match = new RegExp(`^content/${defaultLocale}/(working-groups|publications)/([a-z0-9-]+)\\.md$`).exec(path)
      if (!match || listed.has(`${match[1]}/${match[2]}`)) continue
      const [, collection, slug] = match as unknown as [string, CollectionName, string]
      const split = splitFile((await store.read(path, change.head)) ?? '')
      const title = split ? readFrontMatter(split.front).title : undefined
      found.push({
        collection,
        slug,
        title: typeof title === 'string' && title ? title : slug,
        proposed: change.branch,
        states: [
          { locale: defaultLocale, state: 'english' as const },
          ...locales
            .filter((l) => change.opens!.includes(l) && l !== defaultLocale)
            .map((locale) => ({
              locale,
              state: change.files.includes(`content/${locale}/${collection}/${slug}.md`) ? ('present' as const) : ('missing' as const),
            })),
        ],
      })
    }
  }
  return found
}
