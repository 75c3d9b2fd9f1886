import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { DoneNotice } from '@/components/alerts/done-notice'
import { FormUnavailableNotice } from '@/components/form-unavailable-notice'
import { PageHeading } from '@/components/page-heading'
import { PageLink } from '@/components/page-link'
import { TakePartForm } from '@/components/take-part-form'
import { callOpen } from '@/lib/alerts/calls'
import { DONE_PARAM, takePartPath } from '@/lib/alerts/paths'
import { TAKE_PART_LIMITS } from '@/lib/alerts/take-part'
import { entryPath, getContent } from '@/lib/content'
import { newSubmissionId } from '@/lib/forms/submission'
import { defaultLocale } from '@/lib/i18n/config'
import { pageMetadata, toLocale } from '@/lib/page'
import { localHref } from '@/lib/views'
import { takePart } from './actions'

// "I would like to take part" in a working group with a call for
// participants: its own page, so the group's page stays a reading page
// without JavaScript. Rendered per request: it reads the clock, and each
// rendering carries a fresh submission id.
type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const groupWithCall = (slug: string) => {
  const english = getContent().entry('working-groups', defaultLocale, slug)
  return english?.data.call ? english : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  if (!groupWithCall(slug)) return {}
  const t = await getTranslations({ locale, namespace: 'calls' })
  return { ...(await pageMetadata(locale, takePartPath(slug), t('title'), t('description'))), robots: { index: false, follow: true } }
}

export default async function TakePartPage({ params, searchParams }: Props) {
  await connection()
  const { locale: raw, slug } = await params
  const locale = toLocale(raw)
  const english = groupWithCall(slug)
  if (!english) notFound()
  const group = getContent().entry('working-groups', locale, slug) ?? english
  const t = await getTranslations({ locale, namespace: 'calls' })
  const punctuation = await getTranslations({ locale, namespace: 'punctuation' })
  const groupHref = localHref(locale, entryPath('working-groups', slug))
  const back = (
    <p className="mt-6">
      <PageLink href={groupHref} className="font-medium text-brand-800 underline">
        {t('backToGroup')}
      </PageLink>
    </p>
  )
  if ((await searchParams)[DONE_PARAM])
    return (
      <article className="max-w-3xl">
        <PageHeading title={t('title')} />
        <DoneNotice heading={t('sentHeading')}>
          <p>{t('sent')}</p>
        </DoneNotice>
        {back}
      </article>
    )
  const open = callOpen(english.data.call, new Date())
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('title')} />
      <p>{t('intro', { title: group.data.title })}</p>
      {open ? (
        <>
          <FormUnavailableNotice locale={locale} />
          <TakePartForm
            action={takePart.bind(null, locale, slug)}
            permalink={localHref(locale, takePartPath(slug))}
            submission={newSubmissionId()}
            maxLength={TAKE_PART_LIMITS}
            text={{
              labels: {
                name: t('name'),
                organisation: t('organisation'),
                email: t('email'),
                message: t('message'),
                consent: t('consent'),
              },
              optional: t('optional'),
              emailHint: t('emailHint'),
              messageHint: t('messageHint'),
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
      ) : (
        <p className="mt-6 text-lg">{t('notOpen')}</p>
      )}
      {back}
    </article>
  )
}
