import { ContentArticle } from '@/components/content-article'
import { formatDate } from '@/lib/i18n/format'
import { LocalizedNotFound } from '@/lib/not-found'
import { entryMetadata, entryRoute, staticEntryParams, type EntryRouteProps } from '@/lib/page'

export const generateStaticParams = () => staticEntryParams('publications')

export const generateMetadata = entryMetadata('publications', (entry) => entry.data.summary)

export default async function PublicationPage({ params }: EntryRouteProps) {
  const { locale, resolved } = await entryRoute('publications', params)
  if (!resolved) return <LocalizedNotFound locale={locale} />
  const { entry, fallback, updated, edit } = resolved
  return (
    <ContentArticle
      title={entry.data.title}
      html={entry.html}
      fallback={fallback}
      updated={updated}
      edit={edit}
      meta={
        <p className="mt-3 text-slate-700">
          {entry.data.author && `${entry.data.author} · `}<time dateTime={entry.data.date}>{formatDate(locale, entry.data.date)}</time>
        </p>
      }
    />
  )
}
