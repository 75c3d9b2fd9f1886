import 'server-only'
import { NotFoundView } from '@/components/not-found-view'
import { getDictionary } from './i18n/dictionaries'
import { localePath } from './i18n/paths'
import { toLocale } from './page'

// Next's notFound() renders an empty, script-only shell on the server
// (vercel/next.js#62228), which breaks the site with JavaScript off. So the
// proxy, which knows every valid path, sets the 404 status, and routes
// render this view for anything they do not know.
export async function LocalizedNotFound({ locale: raw }: { locale: string }) {
  const locale = toLocale(raw)
  const t = (await getDictionary(locale)).notFound
  return <NotFoundView title={t.title} body={t.body} homeHref={localePath(locale, '/')} homeLabel={t.home} />
}
