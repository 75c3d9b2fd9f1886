import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentEditForm } from '@/components/staff/content-edit-form'
import { StoreMissing } from '@/components/staff/store-missing'
import { requireStaff } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { contentStore } from '@/lib/editing/config'
import { openFile } from '@/lib/editing/editor'
import { editTarget, preview } from '@/lib/editing/form'
import { openedTranslations } from '@/lib/editing/new-entry'
import { direction, englishLanguageName } from '@/lib/i18n/config'
import { DeskPage } from '../../../../desk-page'
import { proposeChange } from '../../../actions'

export const metadata: Metadata = { title: 'Edit content' }

type Props = {
  params: Promise<{ locale: string; collection: string; slug: string }>
  searchParams: Promise<{ new?: string; translations?: string }>
}

export default async function EditContentPage({ params, searchParams }: Props) {
  const staff = await requireStaff('editor')
  const p = await params
  const target = editTarget(p.locale, p.collection, p.slug)
  if (!target) notFound()
  const path = `content/${target.locale}/${target.collection}/${target.slug}.md`
  const choice = contentStore()
  if (!('store' in choice))
    return (
      <DeskPage staff={staff} title={`Edit ${path}`}>
        <StoreMissing reason={choice.missing} />
      </DeskPage>
    )
  // A new English entry (from /staff/content/new) until it is proposed.
  const query = await searchParams
  const create = query.new === '1'
  const opened = await openFile(choice.store, target, { create })
  if (!opened) notFound()
  // The translations it opens (chosen on /staff/content/new) go with the proposal.
  const opens = create && !opened.exists ? openedTranslations(String(query.translations ?? '').split(',')) : []
  const site = getContent().site
  const topics = Object.entries(getContent().topics).map(([id, labels]) => ({ id, label: labels.en }))
  const permalink = `/staff/content/${target.locale}/${target.collection}/${target.slug}${create ? '?new=1' : ''}${opens.length ? `&translations=${opens.join(',')}` : ''}`
  return (
    <DeskPage staff={staff} title={`Edit ${path}`}>
      <p className="mt-2">
        <a href="/staff/content" className="text-brand-800 underline">
          All content
        </a>
      </p>
      <p className="mt-4">
        {englishLanguageName(target.locale)} ·{' '}
        {opened.exists
          ? 'the file as it is on '
          : create
            ? 'a new file, proposed to '
            : 'a new translation, its words to write beside the English, for '}
        {opened.change ? (
          <>
            its open change, <code>{opened.change.branch}</code>: your edit is added to it
          </>
        ) : (
          <>
            the <code>{choice.store.baseBranch}</code> branch
          </>
        )}
        .
      </p>
      {opens.length > 0 && (
        <p className="mt-2">
          Proposing it opens its translations into {opens.map(englishLanguageName).join(', ')}: the content list shows them as missing, and
          each translation proposed before this change is merged joins it.
        </p>
      )}
      {opened.outdated.length > 0 && (
        <div className="mt-4 rounded border border-amber-800 bg-amber-50 p-3">
          <p>The English changed since this translation was made: {opened.outdated.join(', ')}.</p>
          {opened.englishChanges && (
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-800 underline">What changed in the English</summary>
              <pre lang="en" className="mt-2 overflow-x-auto bg-white p-2 text-sm">
                {opened.englishChanges}
              </pre>
            </details>
          )}
          <p className="mt-2">Proposing the translation records that it now matches the current English.</p>
        </div>
      )}
      <ContentEditForm
        action={proposeChange}
        permalink={permalink}
        initial={{ values: opened.values, body: opened.body, message: '', base: opened.base, errors: {}, problems: [] }}
        fields={opened.fields}
        target={target}
        dir={direction(target.locale)}
        topics={topics}
        english={opened.english}
        opens={opens}
        preview={preview(target, opened.body, { 'site.contactEmail': site.contactEmail, 'site.name': site.name })}
      />
    </DeskPage>
  )
}
