import type { Metadata } from 'next'
import { LocalizedNotFound, notFoundMetadata } from '@/lib/not-found'

// Paths deeper than any route. The proxy has already set the 404 status;
// this renders the page inside the shared layout, in the visitor's language.
type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata((await params).locale)
}

export default async function Missing({ params }: Props) {
  return <LocalizedNotFound locale={(await params).locale} />
}
