import { toLocale } from '@/lib/page'
import { LocaleHeader } from '../header'

// Every page below a language, whatever route renders it: the slot's
// catch-all takes the whole path. (Next requires the catch-all's name to
// match the 404 route's, app/[locale]/[...missing], or it calls the two
// routes ambiguous.)
export default async function PageHeader({ params }: { params: Promise<{ locale: string; missing: string[] }> }) {
  const { locale, missing } = await params
  return <LocaleHeader locale={toLocale(locale)} path={`/${missing.join('/')}`} />
}
