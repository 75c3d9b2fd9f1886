import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { ApplicationForm } from '@/components/application-form'
import { ApplicationReceived, SLOT } from '@/components/application-received'
import type { ApplicationText } from '@/components/application-text'
import { FormUnavailableNotice } from '@/components/form-unavailable-notice'
import { PageHeading } from '@/components/page-heading'
import { kindMessages } from '@/lib/application-facts'
import { APPLY_PATH, isApplicationReference, LIMITS, RECEIVED_PARAM } from '@/lib/applications'
import { eligibilityCheck, entryPath, getContent } from '@/lib/content'
import { countryOptions } from '@/lib/countries'
import { CRITERION_PARAM, tickedCriteria } from '@/lib/eligibility'
import { newSubmissionId } from '@/lib/forms/submission'
import { textLanguage } from '@/lib/i18n/config'
import { pageMetadata, toLocale } from '@/lib/page'
import { localHref } from '@/lib/views'
import { sendApplication } from './actions'

// The membership application form. Rendered per request: each rendering
// carries a fresh submission id (a double submit stores one application),
// and ?c=<criterion id> (from the eligibility answer) arrives ticked.
// ?received=<reference> is where a stored application is redirected: the
// confirmation instead of the form.
const PRIVACY_PAGE = 'privacy'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const receivedReference = async (searchParams: Props['searchParams']) => {
  const value = (await searchParams)[RECEIVED_PARAM]
  return isApplicationReference(value) ? value : undefined
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  if (!eligibilityCheck(locale)?.declaration) return {}
  const t = await getTranslations({ locale, namespace: 'apply' })
  // The confirmation's own title: it is what a screen reader announces when it arrives.
  const title = (await receivedReference(searchParams)) ? t('doneTitle') : t('title')
  return { ...(await pageMetadata(locale, APPLY_PATH, title, t('description'))), robots: { index: false, follow: true } }
}

export default async function ApplyPage({ params, searchParams }: Props) {
  await connection()
  const locale = toLocale((await params).locale)
  const check = eligibilityCheck(locale)
  if (!check?.declaration) notFound()
  const t = await getTranslations({ locale, namespace: 'apply' })
  const { contactEmail } = getContent().site
  const reference = await receivedReference(searchParams)
  if (reference) {
    return (
      <article className="max-w-3xl">
        <PageHeading title={t('title')} />
        <ApplicationReceived
          reference={reference}
          contactEmail={contactEmail}
          text={{
            title: t('doneTitle'),
            reference: t('doneReference', { reference: SLOT }),
            keep: t('doneKeep'),
            nextHeading: t('doneNextHeading'),
            next: t('doneNext'),
            contact: t('doneContact'),
          }}
        />
      </article>
    )
  }
  const te = await getTranslations({ locale, namespace: 'eligibility' })
  const punctuation = await getTranslations({ locale, namespace: 'punctuation' })
  const ticked = tickedCriteria(check.criteria, (await searchParams)[CRITERION_PARAM])
  const text: ApplicationText = {
    labels: {
      organisation: t('organisation'),
      kind: t('kind'),
      country: t('country'),
      website: t('website'),
      representative: t('representative'),
      email: t('email'),
      phone: t('phone'),
      criteria: t('criteria'),
      statement: t('statement'),
      listRepresentative: t('listRepresentative'),
      declaration: t('declaration'),
    },
    colon: punctuation('colon'),
    hints: {
      website: t('websiteHint'),
      representative: t('representativeHint'),
      listRepresentative: t('listRepresentativeHint'),
      statement: t('statementHint', { max: LIMITS.statement }),
      required: t('required'),
    },
    countryChoose: t('countryChoose'),
    kinds: { 'commercial-entity': t(kindMessages['commercial-entity']), 'trade-association': t(kindMessages['trade-association']) },
    groups: { activity: te('activityLegend'), required: te('requiredLegend') },
    submit: t('submit'),
    sending: t('sending'),
  }
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('title')} />
      <p>{t('intro')}</p>
      {getContent().entry('pages', locale, PRIVACY_PAGE) && (
        <p className="mt-3">
          <a
            href={localHref(locale, entryPath('pages', PRIVACY_PAGE))}
            className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900"
          >
            {t('privacyLink')}
          </a>
        </p>
      )}
      <FormUnavailableNotice locale={locale} />
      <ApplicationForm
        action={sendApplication.bind(null, locale)}
        permalink={localHref(locale, APPLY_PATH)}
        submission={newSubmissionId()}
        text={text}
        criteria={check.criteria}
        ticked={ticked}
        declaration={check.declaration}
        countries={countryOptions(locale)}
        maxLength={LIMITS}
        {...textLanguage(locale, check.locale)}
      />
    </article>
  )
}
