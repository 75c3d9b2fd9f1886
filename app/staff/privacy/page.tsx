import type { Metadata } from 'next'
import { EmailSearchForm } from '@/components/staff/email-search-form'
import { PersonalDataFound } from '@/components/staff/personal-data-found'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { openPrivacyRequest } from '@/lib/privacy/request'
import { DeskPage } from '../desk-page'
import { erasePrivacy, searchPrivacy } from './actions'

export const metadata: Metadata = { title: 'Privacy requests' }

type Props = { searchParams: Promise<{ request?: string; deleted?: string; unconfirmed?: string; expired?: string }> }

const DELETED = [
  'comment(s)',
  'application(s) with their notes',
  'mail(s)',
  "member representative(s) (the organisation stays listed, 'representative not listed')",
  'officer entry(ies)',
  'rate-limit counter(s)',
  'alert subscription(s)',
  'answer(s) to calls for participants',
]

// A privacy request: everything stored about one e-mail address, found and
// deleted (lib/privacy). The search is a POST; its results page carries a
// sealed token, never the address.
export default async function PrivacyDesk({ searchParams }: Props) {
  const staff = await requireStaff('secretariat')
  const query = await searchParams
  const request = query.request ? await openPrivacyRequest(getDb(), query.request.slice(0, 1000), staff.id) : undefined
  const deleted = query.deleted?.split('.').map(Number)
  return (
    <DeskPage staff={staff} title="Privacy requests">
      <p className="mt-2 max-w-3xl">
        Finds everything stored about an e-mail address: comments, membership applications with their notes, mail in the outbox, a member's
        representative and officer entries, rate-limit counters, alert subscriptions and answers to calls for participants. The search and
        the deletion are in the audit log under a keyed hash of the address, never the address itself. Backups made before a deletion still
        hold the data until they are deleted.
      </p>
      {deleted?.length === DELETED.length && deleted.every(Number.isSafeInteger) && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          Deleted {deleted.map((n, i) => `${n} ${DELETED[i]}`).join(', ')}. The deletion is in the audit log.
        </p>
      )}
      {(query.expired || (query.request && !request)) && (
        <p role="alert" className="mt-4 rounded border border-red-800 bg-red-50 p-3 text-red-900">
          This search has expired or belongs to someone else: search again.
        </p>
      )}
      <EmailSearchForm
        action={searchPrivacy}
        label="E-mail address"
        submit="Find everything about this address"
        permalink="/staff/privacy"
      />
      {request && query.request && (
        <PersonalDataFound
          email={request.email}
          found={request.found}
          token={query.request}
          erase={erasePrivacy}
          unconfirmed={Boolean(query.unconfirmed)}
        />
      )}
    </DeskPage>
  )
}
