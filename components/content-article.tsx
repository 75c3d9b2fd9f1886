import type { ReactNode } from 'react'
import type { ResolvedEntry } from '@/lib/page'
import type { CollectionName } from '@/lib/content/schemas'
import { Breadcrumbs, type Crumb } from './breadcrumbs'
import { FallbackNotice } from './fallback-notice'
import { PageHeading } from './page-heading'
import { Prose } from './prose'
import { TableOfContents } from './table-of-contents'

interface ContentArticleProps {
  // The markdown entry as resolved for the visitor's language: its text,
  // the English-original notice, "last updated", the edit link, the contents.
  page: ResolvedEntry<CollectionName>
  meta?: ReactNode
  // The way back up, for pages below a section.
  breadcrumbs?: { label: string; trail: Crumb[] }
  // What the page is mostly visited for (a list), shown before the text.
  lead?: ReactNode
  children?: ReactNode
}

// The one shape every markdown-backed page shares: heading, notice, text.
export function ContentArticle({ page, meta, breadcrumbs, lead, children }: ContentArticleProps) {
  const { entry, fallback, toc, updated, edit } = page
  return (
    <article className="max-w-3xl">
      {breadcrumbs && (
        <Breadcrumbs
          label={breadcrumbs.label}
          trail={breadcrumbs.trail}
          current={entry.data.title}
          {...(fallback?.title && { lang: fallback.lang, dir: fallback.dir })}
        />
      )}
      {fallback && <FallbackNotice message={fallback.notice} />}
      <PageHeading title={entry.data.title} {...(fallback?.title && { lang: fallback.lang, dir: fallback.dir })}>
        {meta}
      </PageHeading>
      {lead}
      {toc && <TableOfContents label={toc.label} headings={toc.headings} lang={fallback?.lang} dir={fallback?.dir} />}
      <Prose html={entry.html} lang={fallback?.lang} dir={fallback?.dir} />
      {toc && (
        <p className="mt-8">
          <a href="#main" className="text-sm font-medium text-brand-800 underline underline-offset-4">
            {toc.backToTop}
          </a>
        </p>
      )}
      {children}
      <footer className="mt-12 flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-4 text-sm text-slate-700">
        <p>{updated}</p>
        <p>
          <a href={edit.href} className="text-brand-800 underline">
            {edit.label}
          </a>
        </p>
      </footer>
    </article>
  )
}
