import { LocalizedNotFound } from '@/lib/not-found'

// Paths deeper than any route. The proxy has already set the 404 status;
// this renders the page inside the shared layout, in the visitor's language.
export default async function Missing({ params }: { params: Promise<{ locale: string }> }) {
  return <LocalizedNotFound locale={(await params).locale} />
}
