import { toLocale } from '@/lib/page'
import { LocaleHeader } from './header'

// The home page's header (the catch-all beside this file has every other page's).
export default async function HomeHeader({ params }: { params: Promise<{ locale: string }> }) {
  return <LocaleHeader locale={toLocale((await params).locale)} path="/" />
}
