import type { ReactNode } from 'react'
import type { TocData } from '@/lib/page'
import { FallbackNotice } from './fallback-notice'
import { PageHeading } from './page-heading'
import { Prose } from './prose'
import { TableOfContents } from './table-of-contents'

interface ContentArticleProps {
  title: string
  html: string
  // Set when the visitor's language has no translation and the English
  // original is shown instead.
  fallback?: { lang: string; dir: 'ltr' | 'rtl'; notice: string; title: boolean }
  meta?: ReactNode
  // The way back up, for pages below a section.
  breadcrumbs?: ReactNode
  // What the page is mostly visited for (a list), shown before the text.
  lead?: ReactNode
  toc?: TocData
  // "Last updated …", already formatted for the page's language.
  updated: string
  edit: { href: string; label: string }
  children?: ReactNode
}

// The one shape every markdown-backed page shares: heading, notice, text.
export function ContentArticle({ title, html, fallback, meta, breadcrumbs, lead, toc, updated, edit, children }: ContentArticleProps) {
  return (
    <article className="max-w-3xl">
      {breadcrumbs}
      {fallback && <FallbackNotice message={fallback.notice} />}
      <PageHeading title={title} {...(fallback?.title && { lang: fallback.lang, dir: fallback.dir })}>
        {meta}
      </PageHeading>
      {lead}
      {toc && <TableOfContents label={toc.label} headings={toc.headings} lang={fallback?.lang} dir={fallback?.dir} />}
      <Prose html={html} lang={fallback?.lang} dir={fallback?.dir} />
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
