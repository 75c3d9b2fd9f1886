import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { pageMetadata, staticLocaleParams, toLocale } from '@/lib/page'
import { MEMBERS_PATH } from '@/lib/members/directory'
import { MembersView } from './members-view'

// Pre-rendered and cacheable; rendered again from the shared database when a
// request finds it more than 30 s old, and asked for every 10 s by each
// server (a live page, lib/page-refresh.ts), so a change on the desk shows
// on every instance within a minute, as the consultation pages do.
export const revalidate = 30
export const generateStaticParams = staticLocaleParams

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'members' })
  return pageMetadata(locale, MEMBERS_PATH, t('title'), t('description'))
}

export default async function MembersPage({ params }: Props) {
  return <MembersView locale={toLocale((await params).locale)} />
}
