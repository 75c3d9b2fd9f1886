import type { Metadata } from 'next'
import { MemberForm } from '@/components/staff/member-form'
import { requireStaff } from '@/lib/auth/staff'
import { memberFormChoices } from '@/lib/members/labels'
import { utcToday } from '@/lib/members/officers'
import { DeskPage } from '../../desk-page'
import { saveMember } from '../actions'

export const metadata: Metadata = { title: 'Add a member' }

// For members who never applied online; those who did are admitted from their application.
export default async function NewMember() {
  const staff = await requireStaff('secretariat')
  return (
    <DeskPage staff={staff} title="Add a member">
      <p className="mt-2">
        <a href="/staff/members" className="text-brand-800 underline">
          All members
        </a>
      </p>
      <p className="mt-4 max-w-3xl">
        For a member who never applied online. An organisation that applied is admitted from its application, with the consent it gave.
      </p>
      <MemberForm
        action={saveMember}
        permalink="/staff/members/new"
        initial={{ memberSince: utcToday(), standing: 'good-standing' }}
        {...memberFormChoices()}
        submit="Add the member"
      />
    </DeskPage>
  )
}
