import { LocalizedNotFound } from '@/components/localized-not-found'
import { toLocale } from '@/lib/page'

// Paths deeper than any route. The proxy has already set the 404 status;
// this renders the page inside the shared layout, in the visitor's language.
export default async function Missing({ params }: { params: Promise<{ locale: string }> }) {
  return <LocalizedNotFound locale={toLocale((await params).locale)} />
}
