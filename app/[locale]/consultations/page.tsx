import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ConsultationStatus } from '@/components/consultation-status'
import { PageHeading } from '@/components/page-heading'
import { PageLink } from '@/components/page-link'
import { consultationViews } from '@/lib/consultations/views'
import { pageMetadata, staticLocaleParams, toLocale } from '@/lib/page'
import { ALERTS_PATH } from '@/lib/alerts/paths'
import { CONSULTATIONS_PATH } from '@/lib/routes'
import { localHref } from '@/lib/views'

// Pre-rendered, and rendered again at most a minute after a request once
// stale: a consultation moves from "opens on" to open to closed without a
// rebuild, on every instance, since each works it out from the clock.
export const revalidate = 60
export const generateStaticParams = staticLocaleParams

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'consultations' })
  return pageMetadata(locale, CONSULTATIONS_PATH, t('heading'), t('description'))
}

export default async function ConsultationsPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'consultations' })
  const alerts = await getTranslations({ locale, namespace: 'alerts' })
  const views = await consultationViews(locale, new Date())
  return (
    <div className="max-w-3xl">
      <PageHeading title={t('heading')} />
      <p className="mt-4 text-lg">{t('intro')}</p>
      <p className="mt-2">
        <PageLink
          href={`${localHref(locale, ALERTS_PATH)}?topic=consultations`}
          className="font-medium text-brand-800 underline underline-offset-4"
        >
          {alerts('link')}
        </PageLink>
      </p>
      {views.length === 0 ? (
        <p className="mt-8">{t('none')}</p>
      ) : (
        <ul className="mt-8 space-y-10">
          {views.map((view) => (
            <li key={view.slug}>
              <h2 className="text-xl font-semibold" lang={view.lang} dir={view.dir}>
                <PageLink href={view.statementHref} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
                  {view.title}
                </PageLink>
              </h2>
              <p className="mt-1 text-slate-800" lang={view.lang} dir={view.dir}>
                {view.summary}
              </p>
              <ConsultationStatus
                view={view}
                action={
                  view.phase === 'upcoming'
                    ? undefined
                    : { href: view.commentHref, label: view.phase === 'open' ? t('commentLink') : t('readComments') }
                }
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
