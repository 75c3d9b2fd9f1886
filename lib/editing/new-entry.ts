// /staff/content/new: a working group or a publication, named by its slug
// (its file name, which becomes its address).
import type { CollectionName } from '../content/schemas'
import { filePath } from './editor'
import type { ContentStore } from './store'

export const NEW_COLLECTIONS = ['working-groups', 'publications'] as const satisfies readonly CollectionName[]
export type NewCollection = (typeof NEW_COLLECTIONS)[number]

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export interface NewEntryState {
  values: { collection?: string; slug?: string }
  errors: { collection?: string; slug?: string }
}

/** The new entry's edit page, or the problems with the collection and slug asked for. */
export async function checkNewEntry(
  store: ContentStore,
  collection: string,
  slug: string,
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
  return { path: `/staff/content/en/${collection}/${slug}?new=1` }
}
