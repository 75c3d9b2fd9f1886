import type { Metadata } from 'next'
import { PageLink } from '@/components/page-link'
import { FallbackNotice } from '@/components/fallback-notice'
import { NextSteps } from '@/components/next-steps'
import { type Organization, OrganizationMicrodata } from '@/components/organization-microdata'
import { PageHeading } from '@/components/page-heading'
import { Prose } from '@/components/prose'
import { PublicationList } from '@/components/publication-list'
import { SectionCards } from '@/components/section-cards'
import { getContent, navigation } from '@/lib/content'
import type { Locale } from '@/lib/i18n/config'
import { getTranslations } from 'next-intl/server'
import { pageMetadata, resolveEntry, staticLocaleParams, toLocale } from '@/lib/page'
import { siteUrl } from '@/lib/site-url'
import { consultationViews } from '@/lib/consultations/views'
import { homeNextSteps, localHref, publicationSummaries } from '@/lib/views'

export const dynamicParams = false
// A consultation opening or closing shows here within a minute, without a rebuild.
export const revalidate = 60
export const generateStaticParams = staticLocaleParams

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const { entry } = (await resolveEntry('pages', locale, 'index'))!
  return { ...(await pageMetadata(locale, '/', entry.data.title, entry.data.description)), title: { absolute: entry.data.title } }
}

// schema.org description of the constituency for search engines: it is part
// of ICANN's GNSO, in the Commercial Stakeholder Group (see content/en/pages/about.md).
function organization(locale: Locale): Organization {
  const { site } = getContent()
  const gnso = {
    name: 'Generic Names Supporting Organization',
    alternateName: 'GNSO',
    url: 'https://gnso.icann.org/',
    parentOrganization: {
      name: 'Internet Corporation for Assigned Names and Numbers',
      alternateName: 'ICANN',
      url: 'https://www.icann.org/',
    },
  }
  return {
    name: site.fullName,
    alternateName: site.name,
    url: new URL(localHref(locale, '/'), siteUrl).href,
    email: site.contactEmail,
    parentOrganization: gnso,
    memberOf: { name: 'Commercial Stakeholder Group', alternateName: 'CSG', parentOrganization: gnso },
  }
}

export default async function HomePage({ params }: Props) {
  const locale = toLocale((await params).locale)
  const { entry, fallback } = (await resolveEntry('pages', locale, 'index'))!
  const t = await getTranslations({ locale, namespace: 'home' })
  const c = await getTranslations({ locale, namespace: 'consultations' })
  const open = (await consultationViews(locale, new Date())).filter((v) => v.phase === 'open')
  const sections = navigation(locale).map((item) => ({
    href: localHref(locale, item.path),
    title: item.label,
    description: item.description,
  }))
  return (
    <>
      <OrganizationMicrodata organization={organization(locale)} />
      {fallback && <FallbackNotice message={fallback.notice} />}
      <div className="max-w-3xl">
        <PageHeading title={entry.data.title} lang={fallback?.lang} dir={fallback?.dir} />
        <Prose html={entry.html} lang={fallback?.lang} dir={fallback?.dir} />
      </div>
      {open.length > 0 && (
        <section aria-labelledby="open-consultations" className="mt-10 max-w-3xl rounded border-s-4 border-green-800 bg-green-50 p-4">
          <h2 id="open-consultations" className="text-xl font-semibold">
            <PageLink href={localHref(locale, '/consultations')} className="underline underline-offset-4">
              {c('heading')}
            </PageLink>
          </h2>
          <ul className="mt-2 space-y-2">
            {open.map((v) => (
              <li key={v.slug}>
                <PageLink href={v.commentHref} className="font-semibold text-brand-800 underline">
                  {c('homeOpen', { title: v.title })}
                </PageLink>{' '}
                {v.when}
              </li>
            ))}
          </ul>
        </section>
      )}
      <NextSteps heading={t('start.heading')} steps={await homeNextSteps(locale)} />
      <section aria-labelledby="sections" className="mt-12">
        <h2 id="sections" className="text-2xl font-semibold text-brand-900">
          {t('sectionsHeading')}
        </h2>
        <SectionCards items={sections} />
      </section>
      <section aria-labelledby="newest" className="mt-12 max-w-3xl">
        <h2 id="newest" className="text-2xl font-semibold text-brand-900">
          {t('newestPublications')}
        </h2>
        <PublicationList items={await publicationSummaries(locale, 3)} headingLevel={3} />
        <p className="mt-6">
          <PageLink href={localHref(locale, '/publications')} className="font-medium text-brand-800 underline">
            {t('allPublications')}
          </PageLink>
        </p>
      </section>
    </>
  )
}
