import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/config'
import { localHref } from '@/lib/views'
import { NotFoundView } from './not-found-view'

// Next's notFound() renders an empty, script-only shell on the server
// (vercel/next.js#62228), which breaks the site with JavaScript off. So this
// view is the pre-rendered page app/[locale]/[...missing], which the request
// guard (deploy/request-guard.cjs) serves with a 404 status for every path
// the route manifest does not list; routes call notFound() only for what
// the guard has already turned away.
export async function LocalizedNotFound({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return <NotFoundView title={t('title')} body={t('body')} homeHref={localHref(locale, '/')} homeLabel={t('home')} />
}
