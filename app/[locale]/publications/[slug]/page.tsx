import type { Metadata } from 'next'
import { ContentArticle } from '@/components/content-article'
import { entryPath } from '@/lib/content'
import { formatDate } from '@/lib/i18n/format'
import { LocalizedNotFound, notFoundMetadata } from '@/lib/not-found'
import { pageMetadata, resolveEntry, staticEntryParams, toLocale } from '@/lib/page'

export const generateStaticParams = () => staticEntryParams('publications')

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  const resolved = await resolveEntry('publications', locale, slug)
  if (!resolved) return notFoundMetadata(locale)
  const { entry } = resolved
  return pageMetadata(locale, entryPath('publications', slug), entry.data.title, entry.data.summary)
}

export default async function PublicationPage({ params }: Props) {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  const resolved = await resolveEntry('publications', locale, slug)
  if (!resolved) return <LocalizedNotFound locale={locale} />
  const { entry, fallback, updated } = resolved
  return (
    <ContentArticle
      title={entry.data.title}
      html={entry.html}
      fallback={fallback}
      updated={updated}
      meta={
        <p className="mt-3 text-slate-700">
          {entry.data.author} · <time dateTime={entry.data.date}>{formatDate(locale, entry.data.date)}</time>
        </p>
      }
    />
  )
}
