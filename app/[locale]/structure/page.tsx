import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ContentArticle } from '@/components/content-article'
import { OfficerList } from '@/components/officer-list'
import { PageLink } from '@/components/page-link'
import { getContent } from '@/lib/content'
import { MEMBERS_PATH } from '@/lib/members/directory'
import { officerRoles, STRUCTURE_PAGE } from '@/lib/members/officers'
import { officerViews } from '@/lib/members/views'
import { entryMetadata, entryRoute, staticLocaleParams } from '@/lib/page'
import { localHref } from '@/lib/views'

// The structure page (content/<language>/pages/structure.md) with the
// officers the desk records under its text. A route of its own rather than
// the other markdown pages' [slug], because it is live: rendered again from
// the database when a request finds it more than 30 s old, and asked for
// every 10 s by each server (lib/page-refresh.ts), like the member list.
export const revalidate = 30
export const generateStaticParams = () => (getContent().slugs('pages').includes(STRUCTURE_PAGE) ? staticLocaleParams() : [])

type Props = { params: Promise<{ locale: string }> }

const structureParams = async (params: Props['params']) => ({ ...(await params), slug: STRUCTURE_PAGE })

export const generateMetadata = ({ params }: Props) =>
  entryMetadata('pages', (entry) => entry.data.description)({ params: structureParams(params) })

export default async function StructurePage({ params }: Props) {
  const { locale, resolved } = await entryRoute('pages', structureParams(params))
  if (!resolved) notFound()
  const t = await getTranslations({ locale, namespace: 'officers' })
  const officers = await officerViews(locale)
  const roles = Object.fromEntries(officerRoles.map((role) => [role, t(`roles.${role}`)])) as Record<(typeof officerRoles)[number], string>
  const term = (start: string, end: string) => t('term', { start, end })
  return (
    <ContentArticle page={resolved}>
      <section aria-labelledby="officers-heading" className="mt-10">
        <h2 id="officers-heading" className="text-2xl font-semibold text-brand-900">
          {t('heading')}
        </h2>
        {!officers ? (
          <p role="status" className="mt-4 rounded border border-slate-400 bg-slate-50 p-4">
            {t('unavailable')}
          </p>
        ) : officers.current.length === 0 ? (
          <p className="mt-4">{t('none')}</p>
        ) : (
          <OfficerList officers={officers.current} roles={roles} term={term} />
        )}
        {officers && officers.past.length > 0 && (
          <>
            <h3 className="mt-8 text-xl font-semibold text-brand-900">{t('previous')}</h3>
            <OfficerList officers={officers.past} roles={roles} term={term} />
          </>
        )}
        <p className="mt-8">
          <PageLink href={localHref(locale, MEMBERS_PATH)} className="font-semibold text-brand-800 underline underline-offset-4">
            {t('membersLink')}
          </PageLink>
        </p>
      </section>
    </ContentArticle>
  )
}
