import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { ContentArticle } from '@/components/content-article'
import { LocalizedNotFound } from '@/components/localized-not-found'
import { formatPartialDate } from '@/lib/i18n/config'
import { entryMetadata, entryRoute, staticEntryParams, type EntryRouteProps } from '@/lib/page'
import { sectionTrail } from '@/lib/views'

export const generateStaticParams = () => staticEntryParams('publications')

export const generateMetadata = entryMetadata('publications', (entry) => entry.data.summary)

export default async function PublicationPage({ params }: EntryRouteProps) {
  const { locale, resolved } = await entryRoute('publications', params)
  if (!resolved) return <LocalizedNotFound locale={locale} />
  const { entry, fallback, updated, edit, toc } = resolved
  const nav = await getTranslations({ locale, namespace: 'nav' })
  // The byline belongs to the document: in its own language when the
  // English original is shown.
  const bylineLocale = fallback?.lang ?? locale
  return (
    <ContentArticle
      title={entry.data.title}
      html={entry.html}
      fallback={fallback}
      updated={updated}
      edit={edit}
      toc={toc}
      breadcrumbs={
        <Breadcrumbs
          label={nav('breadcrumbs')}
          trail={await sectionTrail(locale, '/publications')}
          current={entry.data.title}
          {...(fallback?.title && { lang: fallback.lang, dir: fallback.dir })}
        />
      }
      meta={
        <p className="mt-3 text-slate-700" lang={fallback?.lang} dir={fallback?.dir}>
          {entry.data.author && `${entry.data.author} · `}
          <time dateTime={entry.data.date}>{formatPartialDate(bylineLocale, entry.data.date)}</time>
        </p>
      }
    />
  )
}
