// /staff/content/new: a working group or a publication, named by its slug
// (its file name, which becomes its address).
import type { CollectionName } from '../content/schemas'
import { defaultLocale, locales } from '../i18n/config'
import { filePath } from './editor'
import type { ContentStore } from './store'

export const NEW_COLLECTIONS = ['working-groups', 'publications'] as const satisfies readonly CollectionName[]
export type NewCollection = (typeof NEW_COLLECTIONS)[number]

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export interface NewEntryState {
  values: { collection?: string; slug?: string; translations?: string[] }
  errors: { collection?: string; slug?: string }
}

// The languages whose translations a new English file opens, as asked for
// (a form's checkboxes, or the edit page's address), in the site's order.
export const openedTranslations = (asked: unknown[]): string[] => locales.filter((l) => l !== defaultLocale && asked.includes(l))

/** The new entry's edit page, or the problems with the collection and slug asked for. */
export async function checkNewEntry(
  store: ContentStore,
  collection: string,
  slug: string,
  translations: string[] = [],
): Promise<{ path: string } | { errors: NewEntryState['errors'] }> {
  if (!NEW_COLLECTIONS.includes(collection as NewCollection)) return { errors: { collection: 'Choose a working group or a publication.' } }
  if (!SLUG.test(slug) || slug.length > 80)
    return { errors: { slug: 'Use lower-case letters and digits, words joined by - (it becomes the address), at most 80 characters.' } }
  const target = { locale: 'en', collection: collection as NewCollection, slug } as const
  const base = await store.head()
  if ((await store.read(filePath(target), base)) !== undefined)
    return { errors: { slug: `${filePath(target)} already exists: choose another name.` } }
  const open = (await store.changes()).some((c) => c.state === 'open' && c.files.includes(filePath(target)))
  if (open) return { errors: { slug: `A change proposing ${filePath(target)} is already open.` } }
  const opens = openedTranslations(translations)
  return { path: `/staff/content/en/${collection}/${slug}?new=1${opens.length ? `&translations=${opens.join(',')}` : ''}` }
}
