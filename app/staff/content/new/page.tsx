import type { Metadata } from 'next'
import { NewEntryForm } from '@/components/staff/new-entry-form'
import { StoreMissing } from '@/components/staff/store-missing'
import { requireStaff } from '@/lib/auth/staff'
import { contentStore } from '@/lib/editing/config'
import { defaultLocale, englishLanguageName, locales } from '@/lib/i18n/config'
import { DeskPage } from '../../desk-page'
import { startNewEntry } from '../actions'

export const metadata: Metadata = { title: 'New content' }

export default async function NewContentPage() {
  const staff = await requireStaff('editor')
  const choice = contentStore()
  return (
    <DeskPage staff={staff} title="New working group or publication">
      <p className="mt-2">
        <a href="/staff/content" className="text-brand-800 underline">
          All content
        </a>
      </p>
      {'store' in choice ? (
        <>
          <p className="mt-4">
            The English file comes first: name it here, then fill in its form. The translations you open here are listed, to be made, as
            soon as it is proposed; the others once it is merged.
          </p>
          <NewEntryForm
            action={startNewEntry}
            languages={locales.filter((l) => l !== defaultLocale).map((locale) => ({ locale, name: englishLanguageName(locale) }))}
          />
        </>
      ) : (
        <StoreMissing reason={choice.missing} />
      )}
    </DeskPage>
  )
}
