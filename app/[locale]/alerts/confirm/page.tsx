import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { TokenButton } from '@/components/alerts/token-button'
import { PageHeading } from '@/components/page-heading'
import { CONFIRM_PATH, TOKEN_PARAM } from '@/lib/alerts/paths'
import { pageMetadata, toLocale } from '@/lib/page'
import { localHref } from '@/lib/views'
import { confirm } from '../actions'
import { InvalidLink } from '@/components/alerts/invalid-link'
import { subscriptionOf } from '../subscription'

// Where the confirmation mail's link leads: a button, because opening the
// link (as mail scanners do) must not confirm anything.
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'alerts' })
  return { ...(await pageMetadata(locale, CONFIRM_PATH, t('confirmTitle'), t('description'))), robots: { index: false, follow: false } }
}

export default async function ConfirmPage({ params, searchParams }: Props) {
  await connection()
  const locale = toLocale((await params).locale)
  const subscription = await subscriptionOf(searchParams)
  if (!subscription) return <InvalidLink locale={locale} />
  const t = await getTranslations({ locale, namespace: 'alerts' })
  const permalink = `${localHref(locale, CONFIRM_PATH)}?${new URLSearchParams({ [TOKEN_PARAM]: subscription.token })}`
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('confirmTitle')} />
      <p>{t('confirmText')}</p>
      <TokenButton action={confirm.bind(null, locale)} permalink={permalink} token={subscription.token} label={t('confirmButton')} />
    </article>
  )
}
