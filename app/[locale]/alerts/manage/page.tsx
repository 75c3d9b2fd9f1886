import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { DoneNotice } from '@/components/alerts/done-notice'
import { ManageForm } from '@/components/alerts/manage-form'
import { PageHeading } from '@/components/page-heading'
import { PageLink } from '@/components/page-link'
import { DONE_PARAM, MANAGE_PATH, TOKEN_PARAM, UNSUBSCRIBE_PATH } from '@/lib/alerts/paths'
import { languageName, locales } from '@/lib/i18n/config'
import { pageMetadata, toLocale } from '@/lib/page'
import { localHref } from '@/lib/views'
import { saveChoices } from '../actions'
import { InvalidLink } from '@/components/alerts/invalid-link'
import { subscriptionOf } from '../subscription'

// A subscription's topics and language, reached from any alert mail; after
// confirming (?confirmed=1) and after saving (?done=1) it says so.
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'alerts' })
  return { ...(await pageMetadata(locale, MANAGE_PATH, t('manageTitle'), t('description'))), robots: { index: false, follow: false } }
}

export default async function ManagePage({ params, searchParams }: Props) {
  await connection()
  const locale = toLocale((await params).locale)
  const subscription = await subscriptionOf(searchParams)
  if (!subscription) return <InvalidLink locale={locale} />
  const query = await searchParams
  const t = await getTranslations({ locale, namespace: 'alerts' })
  const punctuation = await getTranslations({ locale, namespace: 'punctuation' })
  const token = new URLSearchParams({ [TOKEN_PARAM]: subscription.token })
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('manageTitle')} />
      {query.confirmed && <DoneNotice heading={t('confirmedHeading')} />}
      {query[DONE_PARAM] && <DoneNotice heading={t('savedHeading')} />}
      <p className="mt-6">{t('manageIntro')}</p>
      <ManageForm
        action={saveChoices.bind(null, locale)}
        permalink={`${localHref(locale, MANAGE_PATH)}?${token}`}
        token={subscription.token}
        topics={subscription.topics}
        locale={subscription.locale}
        languages={locales.map((code) => ({ code, name: languageName(code) }))}
        text={{
          labels: { topics: t('topics'), locale: t('language') },
          topics: { calls: t('topic.calls'), consultations: t('topic.consultations') },
          save: t('save'),
          problem: t('problem'),
          colon: punctuation('colon'),
        }}
      />
      <p className="mt-8">
        <PageLink href={`${localHref(locale, UNSUBSCRIBE_PATH)}?${token}`} className="font-medium text-brand-800 underline">
          {t('unsubscribeLink')}
        </PageLink>
      </p>
    </article>
  )
}
