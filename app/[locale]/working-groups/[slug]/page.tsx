import { PageLink } from '@/components/page-link'
import { ContentArticle } from '@/components/content-article'
import { WorkingGroupFacts } from '@/components/working-group-facts'
import { getDictionary } from '@/lib/i18n/dictionaries'
import { localePath } from '@/lib/i18n/paths'
import { LocalizedNotFound } from '@/lib/not-found'
import { entryMetadata, entryRoute, staticEntryParams, type EntryRouteProps } from '@/lib/page'
import { statusName, topicList } from '@/lib/views'

export const generateStaticParams = () => staticEntryParams('working-groups')

export const generateMetadata = entryMetadata('working-groups', (entry) => entry.data.summary)

export default async function WorkingGroupPage({ params }: EntryRouteProps) {
  const { locale, resolved } = await entryRoute('working-groups', params)
  if (!resolved) return <LocalizedNotFound locale={locale} />
  const { entry, fallback, updated, edit } = resolved
  const dict = await getDictionary(locale)
  const t = dict.workingGroups
  return (
    <ContentArticle
      title={entry.data.title}
      html={entry.html}
      fallback={fallback}
      updated={updated}
      edit={edit}
      meta={
        <WorkingGroupFacts
          status={entry.data.status.value}
          labels={{ status: t.statusLabel, statusValue: statusName(t.status, entry.data.status.value), years: t.yearsLabel, topics: t.topicsLabel, link: t.linkLabel }}
          years={entry.data.years}
          topics={topicList(locale, entry.data.topics)}
          link={entry.data.link}
        />
      }
    >
      <aside className="mt-10 rounded-lg bg-brand-50 p-6">
        <h2 className="text-xl font-semibold text-brand-900">{t.takePartHeading}</h2>
        <p className="mt-2">{t.takePartText}</p>
        <p className="mt-2">
          <PageLink href={localePath(locale, '/membership')} className="font-medium text-brand-800 underline">
            {t.takePartLink}
          </PageLink>
        </p>
      </aside>
    </ContentArticle>
  )
}
