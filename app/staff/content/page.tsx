import type { Metadata } from 'next'
import { ChangeList } from '@/components/staff/change-list'
import { StoreMissing } from '@/components/staff/store-missing'
import { allows, requireStaff } from '@/lib/auth/staff'
import { contentStore } from '@/lib/editing/config'
import { listContent, proposedFiles } from '@/lib/editing/listing'
import { englishLanguageName } from '@/lib/i18n/config'
import { DeskPage } from '../desk-page'
import { mergeChange } from './actions'

export const metadata: Metadata = { title: 'Content' }

type Props = { searchParams: Promise<{ proposed?: string; added?: string; merged?: string; refused?: string }> }

const STATE_WORDS = {
  english: 'original',
  translated: 'current',
  outdated: 'outdated',
  present: 'translated',
  'original-only': 'English only',
}

export default async function ContentPage({ searchParams }: Props) {
  const staff = await requireStaff('editor')
  const done = await searchParams
  const choice = contentStore()
  if (!('store' in choice))
    return (
      <DeskPage staff={staff} title="Content">
        <StoreMissing reason={choice.missing} />
      </DeskPage>
    )
  const { store } = choice
  const [listing, changes] = await Promise.all([store.head().then((head) => listContent(store, head)), store.changes()])
  const files = [...listing.files, ...(await proposedFiles(store, changes, listing))]
  const openFor = (path: string) => changes.filter((c) => c.state === 'open' && c.files.includes(path))
  const heading = 'px-2 py-1 text-start font-semibold'
  return (
    <DeskPage staff={staff} title="Content">
      {(done.proposed || done.added || done.merged) && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          {done.proposed && `Change proposed on branch ${done.proposed}.`}
          {done.added && `Your edit was added to the change already open on ${done.added}.`}
          {done.merged && `${done.merged} was merged into ${store.baseBranch}. It goes live with the next build (npm start or a deploy).`}
        </p>
      )}
      {done.refused && (
        <p role="alert" className="mt-4 rounded border border-red-800 bg-red-50 p-3 text-red-900">
          Not merged: {done.refused}
        </p>
      )}
      <p className="mt-4">
        Every save is proposed as a change to <code>{store.where}</code> (branch <code>{store.baseBranch}</code>), reviewed and checked
        before it goes live.{' '}
        <a href="/staff/content/new" className="text-brand-800 underline">
          New working group or publication
        </a>
      </p>
      <h2 className="mt-8 text-xl font-semibold">Proposed changes</h2>
      <ChangeList changes={changes} merge={store.merge && allows(staff, ['admin']) ? mergeChange : undefined} />
      <h2 className="mt-8 text-xl font-semibold">Files</h2>
      {listing.problem && (
        <p role="alert" className="mt-2 rounded border border-red-800 bg-red-50 p-3 text-red-900">
          The content on {store.baseBranch} does not pass the content check, so whether translations are current is not shown until it is
          fixed: <code className="whitespace-pre-wrap">{listing.problem}</code>
        </p>
      )}
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="text-start text-slate-700">Each file in every language, with its translation state and open changes</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className={heading}>
                File
              </th>
              <th scope="col" className={heading}>
                Languages
              </th>
            </tr>
          </thead>
          <tbody>
            {files.map((file) => (
              <tr key={`${file.collection}/${file.slug}`} className="border-b border-slate-200 align-top">
                <th scope="row" className="px-2 py-1 text-start font-normal">
                  <span className="font-medium">{file.title}</span>
                  <br />
                  <code>
                    {file.collection}/{file.slug}
                  </code>
                  {file.proposed && (
                    <>
                      <br />
                      new, proposed on <code>{file.proposed}</code>
                    </>
                  )}
                </th>
                <td className="px-2 py-1">
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    {file.states.map(({ locale, state }) => {
                      const path = `content/${locale}/${file.collection}/${file.slug}.md`
                      const open = openFor(path).length
                      const href = `/staff/content/${locale}/${file.collection}/${file.slug}`
                      return (
                        <li key={locale}>
                          {state === 'missing' ? (
                            <>
                              {locale}: missing ·{' '}
                              <a href={href} className="text-brand-800 underline">
                                Translate
                                <span className="sr-only">
                                  {' '}
                                  {file.slug} into {englishLanguageName(locale)}
                                </span>
                              </a>
                            </>
                          ) : (
                            <a href={href} className="text-brand-800 underline">
                              {locale}: {STATE_WORDS[state]}
                            </a>
                          )}
                          {open > 0 && ' (change open)'}
                        </li>
                      )
                    })}
                  </ul>
                </td>
              </tr>
            ))}
            {listing.others.map((path) => (
              <tr key={path} className="border-b border-slate-200">
                <th scope="row" className="px-2 py-1 text-start font-normal">
                  <code>{path}</code>
                </th>
                <td className="px-2 py-1">Settings: edit in the repository{openFor(path).length > 0 && ' (change open)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DeskPage>
  )
}
