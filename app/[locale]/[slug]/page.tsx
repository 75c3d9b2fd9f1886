import type { Metadata } from 'next'
import { ContentArticle } from '@/components/content-article'
import { PublicationList } from '@/components/publication-list'
import { WorkingGroupList } from '@/components/working-group-list'
import { entryPath } from '@/lib/content'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { LocalizedNotFound, notFoundMetadata } from '@/lib/not-found'
import { pageMetadata, resolveEntry, staticEntryParams, toLocale } from '@/lib/page'
import { publicationSummaries, workingGroupSummaries } from '@/lib/views'

// Every markdown file in content/<locale>/pages is a page here, except the
// home page (index.md), which has its own route.
const HOME = 'index'
export const generateStaticParams = () => staticEntryParams('pages', [HOME])

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  const resolved = slug === HOME ? undefined : await resolveEntry('pages', locale, slug)
  if (!resolved) return notFoundMetadata(locale)
  const { entry } = resolved
  return pageMetadata(locale, entryPath('pages', slug), entry.data.title, entry.data.description)
}

export default async function ContentPage({ params }: Props) {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  const resolved = slug === HOME ? undefined : await resolveEntry('pages', locale, slug)
  if (!resolved) return <LocalizedNotFound locale={locale} />
  const { entry, fallback, updated } = resolved
  const dict = await getDictionary(locale)
  return (
    <ContentArticle title={entry.data.title} html={entry.html} fallback={fallback} updated={updated}>
      {entry.data.lists === 'working-groups' && (
        <WorkingGroupList items={await workingGroupSummaries(locale)} topicsLabel={dict.workingGroups.topicsLabel} />
      )}
      {entry.data.lists === 'publications' && <PublicationList items={publicationSummaries(locale)} />}
    </ContentArticle>
  )
}
