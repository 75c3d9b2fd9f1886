import type { ReactNode } from 'react'
import { FallbackNotice } from './fallback-notice'
import { PageHeading } from './page-heading'
import { Prose } from './prose'

interface ContentArticleProps {
  title: string
  html: string
  // Set when the visitor's language has no translation and the English
  // original is shown instead.
  fallback?: { lang: string; notice: string }
  meta?: ReactNode
  children?: ReactNode
}

// The one shape every markdown-backed page shares: heading, notice, text.
export function ContentArticle({ title, html, fallback, meta, children }: ContentArticleProps) {
  return (
    <article className="mx-auto max-w-3xl">
      {fallback && <FallbackNotice message={fallback.notice} />}
      <PageHeading title={title} lang={fallback?.lang}>
        {meta}
      </PageHeading>
      <Prose html={html} lang={fallback?.lang} />
      {children}
    </article>
  )
}
