import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { DoneNotice } from '@/components/alerts/done-notice'
import { TokenButton } from '@/components/alerts/token-button'
import { PageHeading } from '@/components/page-heading'
import { DONE_PARAM, TOKEN_PARAM, UNSUBSCRIBE_PATH } from '@/lib/alerts/paths'
import { pageMetadata, toLocale } from '@/lib/page'
import { localHref } from '@/lib/views'
import { unsubscribeByButton } from '../actions'
import { InvalidLink } from '@/components/alerts/invalid-link'
import { subscriptionOf } from '../subscription'

// The visible unsubscribe link of every alert mail, and where a GET of the
// List-Unsubscribe address leads: a button (the one-click POST needs none).
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'alerts' })
  return {
    ...(await pageMetadata(locale, UNSUBSCRIBE_PATH, t('unsubscribeTitle'), t('description'))),
    robots: { index: false, follow: false },
  }
}

export default async function UnsubscribePage({ params, searchParams }: Props) {
  await connection()
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'alerts' })
  if ((await searchParams)[DONE_PARAM])
    return (
      <article className="max-w-3xl">
        <PageHeading title={t('unsubscribeTitle')} />
        <DoneNotice heading={t('unsubscribedHeading')}>
          <p>{t('unsubscribed')}</p>
        </DoneNotice>
      </article>
    )
  const subscription = await subscriptionOf(searchParams)
  if (!subscription) return <InvalidLink locale={locale} />
  const permalink = `${localHref(locale, UNSUBSCRIBE_PATH)}?${new URLSearchParams({ [TOKEN_PARAM]: subscription.token })}`
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('unsubscribeTitle')} />
      <p>{t('unsubscribeText')}</p>
      <TokenButton
        action={unsubscribeByButton.bind(null, locale)}
        permalink={permalink}
        token={subscription.token}
        label={t('unsubscribeButton')}
      />
    </article>
  )
}
