import type { Metadata } from 'next'
import { MemberForm } from '@/components/staff/member-form'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { getApplication } from '@/lib/db/queries/applications'
import { getMember, listOfficers } from '@/lib/db/queries/members'
import { memberFormChoices, officerRoleLabels } from '@/lib/members/labels'
import { DeskPage } from '../../desk-page'
import { saveMember } from '../actions'

export const metadata: Metadata = { title: 'Member' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }

const MESSAGES: Record<string, string> = {
  admitted: 'Admitted as a member, in good standing from today.',
  'already-admitted': 'This application was admitted already: here is the member.',
  added: 'Member added.',
  saved: 'Member saved.',
}

export default async function MemberPage({ params, searchParams }: Props) {
  const staff = await requireStaff('secretariat')
  const id = Number((await params).id)
  const db = getDb()
  const found = Number.isSafeInteger(id) && id > 0 ? await getMember(db, id) : undefined
  if (!found) {
    return (
      <DeskPage staff={staff} title="Member not found">
        <p className="mt-4">
          <a href="/staff/members" className="text-brand-800 underline">
            All members
          </a>
        </p>
      </DeskPage>
    )
  }
  const [application, officers, { done }] = await Promise.all([
    found.applicationId ? getApplication(db, found.applicationId) : undefined,
    listOfficers(db).then((all) => all.filter((o) => o.memberId === id)),
    searchParams,
  ])
  const here = `/staff/members/${id}`
  return (
    <DeskPage staff={staff} title={found.organisation}>
      <p className="mt-2">
        <a href="/staff/members" className="text-brand-800 underline">
          All members
        </a>
      </p>
      {done && MESSAGES[done] && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          {MESSAGES[done]}
        </p>
      )}
      <p className="mt-4">
        {application ? (
          <>
            Admitted from application{' '}
            <a href={`/staff/applications/${application.id}`} className="text-brand-800 underline">
              {application.reference}
            </a>
            .
          </>
        ) : found.applicationId === null ? (
          'Entered by hand (or its application has since been deleted).'
        ) : null}
      </p>
      {!found.representative && (
        <p className="mt-2 rounded border border-slate-400 bg-slate-50 p-3">
          No representative recorded (deleted on request, for example): the public list shows "representative not listed".
        </p>
      )}
      {officers.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">Officer roles</h2>
          <ul className="mt-2 list-disc ps-6">
            {officers.map((o) => (
              <li key={o.id}>
                {officerRoleLabels[o.role]}: <bdi>{o.holder}</bdi>, {o.termStart} to {o.termEnd}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="mt-8 text-xl font-semibold">Record</h2>
      <MemberForm
        action={saveMember}
        permalink={here}
        memberId={id}
        initial={{
          organisation: found.organisation,
          kind: found.kind,
          country: found.country,
          website: found.website,
          representative: found.representative ?? '',
          email: found.email ?? '',
          listRepresentative: found.listRepresentative ? 'yes' : '',
          memberSince: found.memberSince,
          standing: found.standing,
        }}
        {...memberFormChoices()}
        submit="Save"
      />
    </DeskPage>
  )
}
