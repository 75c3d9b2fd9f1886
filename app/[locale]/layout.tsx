import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import '../globals.css'
import { SiteFooter } from '@/components/site-footer'
import { SkipLink } from '@/components/skip-link'
import { getContent } from '@/lib/content'
import { direction } from '@/lib/i18n/config'
import { getTranslations } from 'next-intl/server'
import { staticLocaleParams, toLocale } from '@/lib/page'
import { feedAlternate } from '@/lib/publication-feed'
import { siteUrl } from '@/lib/site-url'
import { ALERTS_PATH } from '@/lib/alerts/paths'
import { localHref } from '@/lib/views'

export const dynamicParams = false
// Seconds a CDN may serve a pre-rendered page before asking again.
export const revalidate = 86400
export const generateStaticParams = staticLocaleParams

// `header` is the @header slot: the header of whichever page is shown.
type Props = { children: ReactNode; header: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale })
  return {
    metadataBase: siteUrl,
    // Every page sets its own title; the default is seen only on 404s, where
    // Next drops the page's own metadata because of the status code.
    title: { template: `%s · ${t('site.shortName')}`, default: `${t('notFound.title')} · ${t('site.shortName')}` },
    description: t('site.tagline'),
    // The SVG mark for browsers that take it; Next links app/favicon.ico for the rest.
    icons: { icon: [{ url: '/logo.svg', type: 'image/svg+xml' }] },
    // For pages without pageMetadata() (404s); pageMetadata() repeats it
    // because a page's `alternates` replaces this whole object.
    alternates: { types: feedAlternate(locale, t('feed.title')) },
  }
}

export const viewport: Viewport = { themeColor: '#0b3a5b', width: 'device-width', initialScale: 1 }

export default async function LocaleLayout({ children, header, params }: Props) {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale })
  const { site } = getContent()
  return (
    <html lang={locale} dir={direction(locale)}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <SkipLink label={t('skipLink')} />
        {header}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter
          about={t('footer.about')}
          contactLabel={t('footer.contact')}
          contactEmail={site.contactEmail}
          alerts={{ href: localHref(locale, ALERTS_PATH), label: t('alerts.link') }}
        />
      </body>
    </html>
  )
}
