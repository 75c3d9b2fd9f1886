import { ContentArticle } from '@/components/content-article'
import { EligibilityForm } from '@/components/eligibility-form'
import { PublicationList } from '@/components/publication-list'
import { WorkingGroupFilters } from '@/components/working-group-filters'
import { WorkingGroupList } from '@/components/working-group-list'
import { eligibilityCheck } from '@/lib/content'
import { ELIGIBILITY_PAGE, ELIGIBILITY_PATH } from '@/lib/eligibility'
import { direction } from '@/lib/i18n/config'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { localePath } from '@/lib/i18n/paths'
import { LocalizedNotFound } from '@/lib/not-found'
import { entryMetadata, entryRoute, staticEntryParams, type EntryRouteProps } from '@/lib/page'
import { publicationSummaries, workingGroupFilterLinks, workingGroupSummaries } from '@/lib/views'
import { UNFILTERED } from '@/lib/working-group-filter'

// Every markdown file in content/<locale>/pages is a page here, except the
// home page (index.md), which has its own route.
const HOME = 'index'
export const generateStaticParams = () => staticEntryParams('pages', [HOME])

export const generateMetadata = entryMetadata('pages', (entry) => entry.data.description)

export default async function ContentPage({ params }: EntryRouteProps) {
  const { locale, slug, resolved } = await entryRoute('pages', params)
  if (!resolved || slug === HOME) return <LocalizedNotFound locale={locale} />
  const { entry, fallback, updated, edit } = resolved
  const dict = await getDictionary(locale)
  // The membership page's criteria (English ones if the translation has none yet).
  const eligibility = slug === ELIGIBILITY_PAGE ? eligibilityCheck(locale) : undefined
  const eligibilityLang = eligibility && eligibility.locale !== locale ? { lang: eligibility.locale, dir: direction(eligibility.locale) } : {}
  return (
    <ContentArticle title={entry.data.title} html={entry.html} fallback={fallback} updated={updated} edit={edit}>
      {entry.data.lists === 'working-groups' && (
        <>
          <WorkingGroupFilters
            label={dict.explorer.navLabel}
            statusLabel={dict.explorer.statusLabel}
            topicLabel={dict.explorer.topicLabel}
            links={await workingGroupFilterLinks(locale, UNFILTERED)}
            currentAs="true"
          />
          <WorkingGroupList
            items={await workingGroupSummaries(locale)}
            topicsLabel={dict.workingGroups.topicsLabel}
            yearsLabel={dict.workingGroups.yearsLabel}
            empty={<p>{dict.explorer.empty}</p>}
          />
        </>
      )}
      {entry.data.lists === 'publications' && <PublicationList items={publicationSummaries(locale)} />}
      {eligibility && (
        <section aria-labelledby="eligibility-heading" className="mt-10 rounded-lg bg-brand-50 p-6">
          <h2 id="eligibility-heading" className="text-xl font-semibold text-brand-900">
            {dict.eligibility.formHeading}
          </h2>
          <EligibilityForm
            action={localePath(locale, ELIGIBILITY_PATH)}
            intro={eligibility.intro}
            criteria={eligibility.criteria}
            labels={dict.eligibility}
            {...eligibilityLang}
          />
        </section>
      )}
    </ContentArticle>
  )
}
