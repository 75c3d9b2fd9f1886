import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { PageHeading } from '@/components/page-heading'
import { SearchBox } from '@/components/search-box'
import { SearchResults } from '@/components/search-results'
import { textLanguage } from '@/lib/i18n/config'
import { toLocale } from '@/lib/page'
import { cleanQuery, search } from '@/lib/search'
import { localHref } from '@/lib/views'

// /fr/search?q=…: rendered for each request, since it depends on the query.
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'search' })
  // Result pages are endless and say nothing new: keep them out of search engines.
  return { title: t('title'), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'search' })
  const raw = (await searchParams).q
  const query = cleanQuery(Array.isArray(raw) ? raw[0] : raw)
  const results = search(locale, query)
  // The query sits in its own <bdi>: an English query inside Arabic text keeps its word order.
  const shownQuery = { query, term: (chunks: ReactNode) => <bdi className="font-semibold">{chunks}</bdi> }
  return (
    <div className="max-w-3xl">
      <PageHeading title={t('title')} />
      <SearchBox
        action={localHref(locale, '/search')}
        name={t('title')}
        label={t('label')}
        buttonLabel={t('button')}
        id="search-query"
        defaultValue={query}
        className="max-w-xl"
      />
      {!query ? (
        <p className="mt-6 text-slate-700">{t('hint')}</p>
      ) : results.length === 0 ? (
        <div className="mt-8">
          <p className="text-lg">{t.rich('noResults', shownQuery)}</p>
          <p className="mt-2 text-slate-700">{t('noResultsHint')}</p>
        </div>
      ) : (
        <>
          <p className="mt-8 text-lg">{t.rich('results', { ...shownQuery, count: results.length })}</p>
          <SearchResults
            items={results.map((r) => ({
              href: r.url,
              title: r.title,
              shownUrl: r.url,
              snippet: r.snippet,
              ...textLanguage(locale, r.lang),
            }))}
          />
        </>
      )}
    </div>
  )
}
