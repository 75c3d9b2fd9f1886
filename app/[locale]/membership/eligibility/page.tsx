import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { PageLink } from '@/components/page-link'
import { EligibilityForm } from '@/components/eligibility-form'
import { PageHeading } from '@/components/page-heading'
import { eligibilityCheck, entryPath, getContent } from '@/lib/content'
import { APPLY_PATH, checkEligibility, CRITERION_PARAM, ELIGIBILITY_PAGE, ELIGIBILITY_PATH, tickedCriteria } from '@/lib/eligibility'
import { getTranslations } from 'next-intl/server'
import { textLanguage } from '@/lib/i18n/config'
import { pageMetadata, toLocale } from '@/lib/page'
import { localHref } from '@/lib/views'

// The answer to the membership page's form: ?c=<criterion id>, once per
// ticked box. Rendered per request (it reads the query); the criteria and
// their labels come from content/<locale>/pages/membership.md.
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  if (!eligibilityCheck(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'eligibility' })
  return { ...(await pageMetadata(locale, ELIGIBILITY_PATH, t('title'), t('description'))), robots: { index: false, follow: true } }
}

const link = 'font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900'

export default async function EligibilityPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  const check = eligibilityCheck(locale)
  if (!check) notFound()
  const t = await getTranslations({ locale, namespace: 'eligibility' })
  const ta = await getTranslations({ locale, namespace: 'apply' })
  const ticked = tickedCriteria(check.criteria, (await searchParams)[CRITERION_PARAM])
  const result = checkEligibility(check.criteria, ticked)
  const { contactEmail } = getContent().site
  const membershipHref = localHref(locale, entryPath('pages', ELIGIBILITY_PAGE))
  // Criteria labels are English where the translation has none yet.
  const textLang = textLanguage(locale, check.locale)
  const mail = (
    <a href={`mailto:${contactEmail}`} className={link}>
      {contactEmail}
    </a>
  )
  return (
    <article className="max-w-3xl">
      <PageHeading title={t('title')} />
      {ticked.length === 0 ? (
        // Nothing ticked (a direct link or an empty submit): a prompt, not a verdict.
        <p role="status" className="rounded-lg border-s-4 border-brand-600 bg-brand-50 p-4">
          {t('emptyPrompt')}
        </p>
      ) : (
        <section
          aria-labelledby="eligibility-result"
          className={`rounded-lg border-s-4 p-6 ${result.eligible ? 'border-emerald-700 bg-emerald-50' : 'border-amber-600 bg-amber-50'}`}
        >
          <h2 id="eligibility-result" className="text-2xl font-semibold text-slate-900">
            {result.eligible ? t('eligibleHeading') : t('notEligibleHeading')}
          </h2>
          {result.eligible ? (
            <>
              <p className="mt-3">{t('eligibleText')}</p>
              {check.declaration && (
                <p className="mt-4">
                  <a
                    href={`${localHref(locale, APPLY_PATH)}?${new URLSearchParams(ticked.map((id) => [CRITERION_PARAM, id]))}`}
                    className="inline-block rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900"
                  >
                    {ta('link')}
                  </a>
                </p>
              )}
              <p className="mt-4">
                {t('questions')} {mail}
              </p>
              <p className="mt-4">
                <PageLink href={membershipHref} className={link}>
                  {t('howToApply')}
                </PageLink>
              </p>
            </>
          ) : (
            <>
              <p className="mt-3">{t('notEligibleText')}</p>
              <ul className="mt-3 list-disc space-y-2 ps-6">
                {result.missingActivity && (
                  <li>
                    {t('missingActivity')}
                    <ul className="mt-2 list-[circle] space-y-1 ps-6">
                      {check.criteria
                        .filter((c) => c.group === 'activity')
                        .map((c) => (
                          <li key={c.id} {...textLang}>
                            {c.label}
                          </li>
                        ))}
                    </ul>
                  </li>
                )}
                {result.missingRequired.map((c) => (
                  <li key={c.id} {...textLang}>
                    {c.label}
                  </li>
                ))}
              </ul>
              <p className="mt-4">
                {t('questions')} {mail}
              </p>
            </>
          )}
        </section>
      )}
      <section aria-labelledby="eligibility-again" className="mt-10">
        <h2 id="eligibility-again" className="text-xl font-semibold text-brand-900">
          {t('againHeading')}
        </h2>
        <EligibilityForm
          action={localHref(locale, ELIGIBILITY_PATH)}
          intro={check.intro}
          criteria={check.criteria}
          ticked={ticked}
          labels={{ activityLegend: t('activityLegend'), requiredLegend: t('requiredLegend'), submit: t('submit') }}
          {...textLang}
        />
      </section>
      <p className="mt-10">
        <PageLink href={membershipHref} className={link}>
          {t('backLink')}
        </PageLink>
      </p>
    </article>
  )
}
