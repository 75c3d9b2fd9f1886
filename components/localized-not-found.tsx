import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/config'
import { localHref } from '@/lib/views'
import { NotFoundView } from './not-found-view'

// Next's notFound() renders an empty, script-only shell on the server
// (vercel/next.js#62228), which breaks the site with JavaScript off. So the
// proxy, which knows every valid path, sets the 404 status, and routes
// render this view for anything they do not know.
export async function LocalizedNotFound({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return <NotFoundView title={t('title')} body={t('body')} homeHref={localHref(locale, '/')} homeLabel={t('home')} />
}
