import { getTranslations } from 'next-intl/server'
import { MemberFilter } from '@/components/member-filter'
import { MemberList } from '@/components/member-list'
import { PageHeading } from '@/components/page-heading'
import { organisationKinds } from '@/lib/db/schema'
import type { Locale } from '@/lib/i18n/config'
import { labelled } from '@/lib/i18n/punctuation'
import { MEMBERS_FILTER_PATH, MEMBERS_PATH, type MemberFilter as Filter } from '@/lib/members/directory'
import { directory } from '@/lib/members/views'
import { localHref } from '@/lib/views'

// The member list, whole (/members, live) or filtered (/members/filter?country=…&kind=…, per request).
export async function MembersView({ locale, filter }: { locale: Locale; filter?: Filter }) {
  const t = await getTranslations({ locale, namespace: 'members' })
  const colon = (await getTranslations({ locale, namespace: 'punctuation' }))('colon')
  const found = await directory(locale, filter, filter ? 'per-request' : 'live')
  const filtered = Boolean(filter?.country || filter?.kind)
  const kinds = Object.fromEntries(organisationKinds.map((k) => [k, t(`kinds.${k}`)])) as Record<(typeof organisationKinds)[number], string>
  return (
    <div className="max-w-3xl">
      <PageHeading title={t('title')}>
        <p className="mt-4 max-w-[70ch] text-lg text-slate-800">{t('intro')}</p>
      </PageHeading>
      {!found ? (
        <p role="status" className="rounded border border-slate-400 bg-slate-50 p-4">
          {t('unavailable')}
        </p>
      ) : found.total === 0 ? (
        <p className="text-lg">{t('empty')}</p>
      ) : (
        <>
          <MemberFilter
            action={localHref(locale, MEMBERS_FILTER_PATH)}
            label={t('filterLabel')}
            countryLabel={t('country')}
            anyCountry={t('anyCountry')}
            countries={found.countries}
            kindLabel={t('kind')}
            anyKind={t('anyKind')}
            kinds={found.kinds.map((value) => ({ value, label: kinds[value] }))}
            selected={filter ?? {}}
            submit={t('filterSubmit')}
            reset={filtered ? { href: localHref(locale, MEMBERS_PATH), label: t('showAll') } : undefined}
          />
          <p className="mt-6 text-sm text-slate-700">
            {filtered ? t('countFiltered', { count: found.members.length, total: found.total }) : t('count', { count: found.total })}
          </p>
          <MemberList
            members={found.members}
            kinds={kinds}
            since={(year) => t('since', { year })}
            representative={labelled(t('representative'), colon)}
            notListed={t('representativeNotListed')}
            empty={<p className="text-lg">{t('noMatch')}</p>}
          />
        </>
      )}
    </div>
  )
}
