import { getTranslations } from 'next-intl/server'
import { buildRss } from '@/lib/feed'
import { isLocale } from '@/lib/i18n/config'
import { staticLocaleParams } from '@/lib/page'
import { publicationFeed } from '@/lib/publication-feed'

export const dynamic = 'force-static'
export const generateStaticParams = staticLocaleParams

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'feed' })
  return new Response(buildRss(publicationFeed(locale, { title: t('title'), description: t('description') })), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
