import { notFound } from 'next/navigation'
import { ContentArticle } from '@/components/content-article'
import { EligibilityForm } from '@/components/eligibility-form'
import { PublicationList } from '@/components/publication-list'
import { WorkingGroupFilters } from '@/components/working-group-filters'
import { WorkingGroupList } from '@/components/working-group-list'
import { eligibilityCheck } from '@/lib/content'
import { ELIGIBILITY_PAGE, ELIGIBILITY_PATH } from '@/lib/eligibility'
import { getTranslations } from 'next-intl/server'
import { textLanguage } from '@/lib/i18n/config'
import { entryMetadata, entryRoute, staticEntryParams, type EntryRouteProps } from '@/lib/page'
import { callFilters, localHref, publicationSummaries, workingGroupFilterLinks, workingGroupSummaries } from '@/lib/views'
import { UNFILTERED } from '@/lib/working-group-filter'
import { CONSULTATIONS_PATH } from '@/lib/routes'
import { PageLink } from '@/components/page-link'
import { STRUCTURE_PAGE } from '@/lib/members/officers'

// Every markdown file in content/<locale>/pages is a page here, except the
// home page (index.md) and the structure page, which have their own routes.
const HOME = 'index'
export const generateStaticParams = () => staticEntryParams('pages', [HOME, STRUCTURE_PAGE])

export const generateMetadata = entryMetadata('pages', (entry) => entry.data.description)

export default async function ContentPage({ params }: EntryRouteProps) {
  const { locale, slug, resolved } = await entryRoute('pages', params)
  if (!resolved || slug === HOME || slug === STRUCTURE_PAGE) notFound()
  const { entry } = resolved
  const t = await getTranslations({ locale })
  // The membership page's criteria (English ones if the translation has none yet).
  const eligibility = slug === ELIGIBILITY_PAGE ? eligibilityCheck(locale) : undefined
  return (
    <ContentArticle
      page={resolved}
      lead={
        entry.data.lists === 'working-groups' && (
          <div className="mb-10">
            <WorkingGroupFilters
              label={t('explorer.navLabel')}
              statusLabel={t('explorer.statusLabel')}
              topicLabel={t('explorer.topicLabel')}
              links={await workingGroupFilterLinks(locale, UNFILTERED)}
              calls={await callFilters(locale, 'all')}
              currentAs="true"
            />
            <WorkingGroupList
              items={await workingGroupSummaries(locale)}
              topicsLabel={t('workingGroups.topicsLabel')}
              yearsLabel={t('workingGroups.yearsLabel')}
              colon={t('punctuation.colon')}
              empty={<p>{t('explorer.empty')}</p>}
            />
          </div>
        )
      }
    >
      {entry.data.lists === 'publications' && (
        <>
          <p className="mt-8">
            <PageLink href={localHref(locale, CONSULTATIONS_PATH)} className="font-semibold text-brand-800 underline underline-offset-4">
              {t('consultations.listLink')}
            </PageLink>
          </p>
          <PublicationList items={await publicationSummaries(locale)} />
        </>
      )}
      {eligibility && (
        <section aria-labelledby="eligibility-heading" className="mt-10 rounded-lg bg-brand-50 p-6">
          <h2 id="eligibility-heading" className="text-xl font-semibold text-brand-900">
            {t('eligibility.formHeading')}
          </h2>
          <EligibilityForm
            action={localHref(locale, ELIGIBILITY_PATH)}
            intro={eligibility.intro}
            criteria={eligibility.criteria}
            labels={{
              activityLegend: t('eligibility.activityLegend'),
              requiredLegend: t('eligibility.requiredLegend'),
              submit: t('eligibility.submit'),
            }}
            {...textLanguage(locale, eligibility.locale)}
          />
        </section>
      )}
    </ContentArticle>
  )
}
