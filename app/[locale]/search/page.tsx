import type { Metadata } from 'next'
import { PageHeading } from '@/components/page-heading'
import { SearchBox } from '@/components/search-box'
import { SearchResults, SearchSummary } from '@/components/search-results'
import { direction, localeTags } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { localePath } from '@/lib/i18n/paths'
import { toLocale } from '@/lib/page'
import { cleanQuery, search } from '@/lib/search'

// /fr/search?q=…: rendered for each request, since it depends on the query.
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dict = await getDictionary(toLocale((await params).locale))
  // Result pages are endless and say nothing new: keep them out of search engines.
  return { title: dict.search.title, robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  const t = (await getDictionary(locale)).search
  const raw = (await searchParams).q
  const query = cleanQuery(Array.isArray(raw) ? raw[0] : raw)
  const results = search(locale, query)
  const tag = localeTags[locale]
  return (
    <div className="max-w-3xl">
      <PageHeading title={t.title} />
      <SearchBox
        action={localePath(locale, '/search')}
        name={t.title}
        label={t.label}
        buttonLabel={t.button}
        id="search-query"
        defaultValue={query}
        className="max-w-xl"
      />
      {!query ? (
        <p className="mt-6 text-slate-700">{t.hint}</p>
      ) : results.length === 0 ? (
        <div className="mt-8">
          <SearchSummary template={t.noResults} query={query} className="text-lg" />
          <p className="mt-2 text-slate-700">{t.noResultsHint}</p>
        </div>
      ) : (
        <>
          <SearchSummary
            template={t.results[new Intl.PluralRules(tag).select(results.length)]}
            count={new Intl.NumberFormat(tag).format(results.length)}
            query={query}
            className="mt-8 text-lg"
          />
          <SearchResults
            items={results.map((r) => ({
              href: r.url,
              title: r.title,
              shownUrl: r.url,
              snippet: r.snippet,
              ...(r.lang === locale ? {} : { lang: r.lang, dir: direction(r.lang) }),
            }))}
          />
        </>
      )}
    </div>
  )
}
