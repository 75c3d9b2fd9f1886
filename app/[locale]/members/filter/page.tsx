import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { MEMBERS_FILTER_PATH, memberFilter } from '@/lib/members/directory'
import { pageMetadata, toLocale } from '@/lib/page'
import { MembersView } from '../members-view'

// /fr/members/filter?country=FR&kind=…: rendered for each request, since it
// depends on the query (as search does); /members stays one cacheable page.
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'members' })
  // Every filter repeats the member list: followed, not indexed.
  return { ...(await pageMetadata(locale, MEMBERS_FILTER_PATH, t('title'), t('description'))), robots: { index: false, follow: true } }
}

export default async function MembersFilterPage({ params, searchParams }: Props) {
  await connection()
  const locale = toLocale((await params).locale)
  return <MembersView locale={locale} filter={memberFilter(await searchParams)} />
}
