import { getTranslations } from 'next-intl/server'
import { buildRss } from '@/lib/feed'
import { isLocale } from '@/lib/i18n/config'
import { staticLocaleParams } from '@/lib/page'
import { publicationFeed } from '@/lib/publication-feed'

export const dynamic = 'force-static'
// Open consultations are marked as of the build: `revalidate` here makes
// Next answer OPTIONS on the feed with a 500 (tests/e2e/hardening.spec.ts).
export const generateStaticParams = staticLocaleParams

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale })
  const text = { title: t('feed.title'), description: t('feed.description'), openForComment: t('consultations.phase.open') }
  return new Response(buildRss(publicationFeed(locale, text)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
