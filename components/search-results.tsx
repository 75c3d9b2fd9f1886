import { PageLink } from '@/components/page-link'
import { Fragment } from 'react'

export interface SearchResultItem {
  href: string
  title: string
  // The address as shown under the title.
  shownUrl: string
  // The text around the first match, split into plain and matched parts:
  // what the visitor typed is only ever rendered as text.
  snippet: { text: string; match: boolean }[]
  // Set on results shown in their English original.
  lang?: string
  dir?: 'ltr' | 'rtl'
}

export function SearchResults({ items }: { items: SearchResultItem[] }) {
  return (
    <ol className="mt-6 space-y-8">
      {items.map((item) => (
        <li key={item.href} lang={item.lang} dir={item.dir} className="border-s-4 border-brand-200 ps-4">
          <h2 className="text-xl font-semibold">
            <PageLink href={item.href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {item.title}
            </PageLink>
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            <span dir="ltr" className="break-words">
              {item.shownUrl}
            </span>
          </p>
          <p className="mt-2 text-slate-800">
            {/* biome-ignore-start lint/suspicious/noArrayIndexKey: a snippet's parts never reorder; the same text may repeat */}
            {item.snippet.map((part, i) =>
              part.match ? (
                <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
                  {part.text}
                </mark>
              ) : (
                <Fragment key={i}>{part.text}</Fragment>
              ),
            )}
            {/* biome-ignore-end lint/suspicious/noArrayIndexKey: see above */}
          </p>
        </li>
      ))}
    </ol>
  )
}
