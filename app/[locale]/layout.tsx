import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import '../globals.css'
import { LanguageSwitcher } from '@/components/language-switcher'
import { SearchBox } from '@/components/search-box'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { SkipLink } from '@/components/skip-link'
import { getContent, navigation } from '@/lib/content'
import { direction } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { localePath } from '@/lib/i18n/paths'
import { staticLocaleParams, toLocale } from '@/lib/page'
import { feedAlternate } from '@/lib/publication-feed'
import { siteUrl } from '@/lib/site-url'

export const dynamicParams = false
// Seconds a CDN may serve a pre-rendered page before asking again.
export const revalidate = 86400
export const generateStaticParams = staticLocaleParams

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const dict = await getDictionary(locale)
  return {
    metadataBase: siteUrl,
    // Every page sets its own title; the default is seen only on 404s, where
    // Next drops the page's own metadata because of the status code.
    title: { template: `%s · ${dict.site.shortName}`, default: `${dict.notFound.title} · ${dict.site.shortName}` },
    description: dict.site.tagline,
    // For pages without pageMetadata() (404s); pageMetadata() repeats it
    // because a page's `alternates` replaces this whole object.
    alternates: { types: feedAlternate(locale) },
  }
}

export const viewport: Viewport = { themeColor: '#0b3a5b', width: 'device-width', initialScale: 1 }

export default async function LocaleLayout({ children, params }: Props) {
  const locale = toLocale((await params).locale)
  const dict = await getDictionary(locale)
  const { site } = getContent()
  const nav = navigation(locale).map((item) => ({ href: localePath(locale, item.path), label: item.label }))
  return (
    <html lang={locale} dir={direction(locale)}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <SkipLink label={dict.skipLink} />
        <SiteHeader
          homeHref={localePath(locale, '/')}
          shortName={dict.site.shortName}
          tagline={dict.site.tagline}
          nav={nav}
          navLabel={dict.nav.label}
          menuLabel={dict.nav.menu}
          languageSwitcher={<LanguageSwitcher current={locale} label={dict.language.label} />}
          search={
            <SearchBox
              action={localePath(locale, '/search')}
              name={dict.search.label}
              label={dict.search.label}
              buttonLabel={dict.search.button}
              id="site-search"
            />
          }
        />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter about={dict.footer.about} contactLabel={dict.footer.contact} contactEmail={site.contactEmail} />
      </body>
    </html>
  )
}
