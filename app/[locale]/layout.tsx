import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import '../globals.css'
import { LanguageSwitcher } from '@/components/language-switcher'
import { PrimaryNav } from '@/components/primary-nav'
import { SearchBox } from '@/components/search-box'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { SkipLink } from '@/components/skip-link'
import { getContent, navigation } from '@/lib/content'
import { direction, languageName, locales } from '@/lib/i18n/config'
import { getTranslations } from 'next-intl/server'
import { staticLocaleParams, toLocale } from '@/lib/page'
import { feedAlternate } from '@/lib/publication-feed'
import { siteUrl } from '@/lib/site-url'
import { localHref } from '@/lib/views'

export const dynamicParams = false
// Seconds a CDN may serve a pre-rendered page before asking again.
export const revalidate = 86400
export const generateStaticParams = staticLocaleParams

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

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

export default async function LocaleLayout({ children, params }: Props) {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale })
  const { site } = getContent()
  const nav = navigation(locale).map((item) => ({ href: localHref(locale, item.path), label: item.label }))
  return (
    <html lang={locale} dir={direction(locale)}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <SkipLink label={t('skipLink')} />
        <SiteHeader
          homeHref={localHref(locale, '/')}
          shortName={t('site.shortName')}
          tagline={t('site.tagline')}
          nav={<PrimaryNav links={nav} label={t('nav.label')} homeHref={localHref(locale, '/')} />}
          menuLabel={t('nav.menu')}
          languageLabel={t('language.label')}
          languageName={languageName(locale)}
          languageSwitcher={
            <LanguageSwitcher
              current={locale}
              label={t('language.label')}
              languages={locales.map((l) => ({ locale: l, name: languageName(l) }))}
            />
          }
          searchLabel={t('search.button')}
          search={
            <SearchBox
              action={localHref(locale, '/search')}
              name={t('search.label')}
              label={t('search.label')}
              buttonLabel={t('search.button')}
              id="site-search"
            />
          }
        />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter about={t('footer.about')} contactLabel={t('footer.contact')} contactEmail={site.contactEmail} />
      </body>
    </html>
  )
}
