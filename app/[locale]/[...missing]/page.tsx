import type { Metadata } from 'next'
import { LocalizedNotFound } from '@/components/localized-not-found'
import { toLocale } from '@/lib/page'
import { NOT_FOUND_PATH } from '@/lib/routes'

// Next's own 404 (notFound(), unknown params) is an empty shell until
// JavaScript runs (vercel/next.js#62228). So the 404 page is an ordinary
// page, pre-rendered per language, and the request guard in front of Next
// (deploy/request-guard.cjs) serves it with a 404 status for every path
// the route manifest does not list.
export const generateStaticParams = () => [{ missing: NOT_FOUND_PATH.slice(1).split('/') }]

export const metadata: Metadata = { robots: { index: false } }

export default async function Missing({ params }: { params: Promise<{ locale: string }> }) {
  return <LocalizedNotFound locale={toLocale((await params).locale)} />
}
