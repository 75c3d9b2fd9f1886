import { getTranslations } from 'next-intl/server'
import { PageHeading } from '@/components/page-heading'
import { PageLink } from '@/components/page-link'
import { ALERTS_PATH } from '@/lib/alerts/paths'
import type { Locale } from '@/lib/i18n/config'
import { localHref } from '@/lib/views'

// A token that names no subscription (mistyped, or unsubscribed since).
export async function InvalidLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'alerts' })
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('invalidTitle')} />
      <p>{t('invalidText')}</p>
      <p className="mt-4">
        <PageLink href={localHref(locale, ALERTS_PATH)} className="font-medium text-brand-800 underline">
          {t('subscribeAgain')}
        </PageLink>
      </p>
    </article>
  )
}
