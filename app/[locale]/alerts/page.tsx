import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { DoneNotice } from '@/components/alerts/done-notice'
import { SubscribeForm } from '@/components/alerts/subscribe-form'
import { FormUnavailableNotice } from '@/components/form-unavailable-notice'
import { PageHeading } from '@/components/page-heading'
import { PageLink } from '@/components/page-link'
import { ALERTS_PATH, DONE_PARAM } from '@/lib/alerts/paths'
import { alertTopics } from '@/lib/db/schema'
import { newSubmissionId } from '@/lib/forms/submission'
import { pageMetadata, toLocale } from '@/lib/page'
import { localHref } from '@/lib/views'
import { subscribe } from './actions'

// Subscribing to alerts. Rendered per request (each rendering carries a
// fresh submission id); ?topic=calls or ?topic=consultations, from the page
// that links here, arrives ticked; ?done=1 is where a subscription request
// is redirected, whatever became of it.
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'alerts' })
  return pageMetadata(locale, ALERTS_PATH, t('title'), t('description'))
}

export default async function AlertsPage({ params, searchParams }: Props) {
  await connection()
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const t = await getTranslations({ locale, namespace: 'alerts' })
  const punctuation = await getTranslations({ locale, namespace: 'punctuation' })
  const asked = [query.topic ?? []].flat()
  const ticked = alertTopics.filter((topic) => asked.length === 0 || asked.includes(topic))
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('title')} />
      <p>{t('intro')}</p>
      {query[DONE_PARAM] ? (
        <DoneNotice heading={t('sentHeading')}>
          <p>{t('sent')}</p>
        </DoneNotice>
      ) : (
        <>
          <FormUnavailableNotice locale={locale} />
          <SubscribeForm
            action={subscribe.bind(null, locale)}
            permalink={localHref(locale, ALERTS_PATH)}
            submission={newSubmissionId()}
            ticked={ticked}
            text={{
              labels: { email: t('email'), topics: t('topics'), consent: t('consent') },
              topics: { calls: t('topic.calls'), consultations: t('topic.consultations') },
              emailHint: t('emailHint'),
              consentHint: t.rich('consentHint', {
                link: (chunks) => (
                  <PageLink href={localHref(locale, '/privacy')} className="underline">
                    {chunks}
                  </PageLink>
                ),
              }),
              honeypot: t('honeypot'),
              submit: t('submit'),
              problem: t('problem'),
              colon: punctuation('colon'),
            }}
          />
        </>
      )}
    </article>
  )
}
