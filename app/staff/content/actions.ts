'use server'

import { redirect } from 'next/navigation'
import { requireStaff } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import { recordAudit } from '@/lib/db/queries/audit'
import { contentStore } from '@/lib/editing/config'
import { proposeEdit } from '@/lib/editing/editor'
import { type EditState, editTarget, preview, problemsByField, readPosted, withListOperation } from '@/lib/editing/form'
import { checkNewEntry, type NewEntryState, openedTranslations } from '@/lib/editing/new-entry'
import { MergeRefused } from '@/lib/editing/store'

/** "Propose change" on the edit form (and its list and preview buttons, which save nothing). */
export async function proposeChange(_state: EditState, data: FormData): Promise<EditState> {
  const staff = await requireStaff('editor')
  const target = editTarget(String(data.get('locale')), String(data.get('collection')), String(data.get('slug')))
  if (!target) redirect('/staff/content')
  const posted = { ...readPosted(target.collection, data), errors: {}, problems: [] }
  const listed = withListOperation(target.collection, posted, data.get('list'))
  if (listed) return listed
  if (data.get('intent') === 'preview') {
    const site = getContent().site
    return { ...posted, preview: preview(target, posted.body, { 'site.contactEmail': site.contactEmail, 'site.name': site.name }) }
  }
  const choice = contentStore()
  if (!('store' in choice)) return { ...posted, refused: choice.missing }
  const opens = openedTranslations(data.getAll('translations'))
  const result = await proposeEdit(getDb(), choice.store, target, { ...posted, opens }, staff)
  if (result.ok) redirect(`/staff/content?${result.added ? 'added' : 'proposed'}=${encodeURIComponent(result.branch)}`)
  if ('problems' in result)
    return { ...posted, ...problemsByField(result.problems, `content/${target.locale}/${target.collection}/${target.slug}.md`) }
  if ('conflict' in result) return { ...posted, conflict: result.conflict }
  return { ...posted, refused: result.refused }
}

/** An admin merges an open change into the base branch (local store). */
export async function mergeChange(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('admin')
  const branch = String(data.get('branch') ?? '').slice(0, 300)
  const choice = contentStore()
  if (!('store' in choice) || !choice.store.merge) redirect('/staff/content')
  try {
    const commit = await choice.store.merge(branch, { email: staff.email })
    await recordAudit(getDb(), { actorId: staff.id, actorEmail: staff.email, action: 'content-merged', target: branch, detail: { commit } })
  } catch (error) {
    if (!(error instanceof MergeRefused)) throw error
    await recordAudit(getDb(), {
      actorId: staff.id,
      actorEmail: staff.email,
      action: 'content-merge-refused',
      target: branch,
      detail: { reason: error.message },
    })
    redirect(`/staff/content?refused=${encodeURIComponent(error.message)}`)
  }
  redirect(`/staff/content?merged=${encodeURIComponent(branch)}`)
}

/** /staff/content/new: checks the slug, then opens the new file's edit form. */
export async function startNewEntry(_state: NewEntryState, data: FormData): Promise<NewEntryState> {
  await requireStaff('editor')
  const values = {
    collection: String(data.get('collection') ?? '').slice(0, 40),
    slug: String(data.get('slug') ?? '')
      .trim()
      .slice(0, 200),
    translations: openedTranslations(data.getAll('translations')),
  }
  const choice = contentStore()
  if (!('store' in choice)) redirect('/staff/content')
  const checked = await checkNewEntry(choice.store, values.collection, values.slug, values.translations)
  if ('errors' in checked) return { values, errors: checked.errors }
  redirect(checked.path)
}
