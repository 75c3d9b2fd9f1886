'use server'

import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import type { MemberFormState } from '@/components/staff/member-form'
import { LIMITS } from '@/lib/applications'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { addMember, admitApplication, assignOfficer, removeOfficer, setGnsoCouncillorSeats, updateMember } from '@/lib/db/queries/members'
import { isOfficerRole, MAX_OFFICERS } from '@/lib/members/officers'
import { checkMember, isIsoDate, type MemberField } from '@/lib/members/record'

// Members: secretariat or admin. Officers and their seats: admins only.
// Each action is posted by a form that works without JavaScript and answers
// with a redirect (Post/Redirect/Get), or with the form's problems.
const field = (data: FormData, name: string) => {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}

const positiveId = (value: string) => {
  const id = Number(value)
  return Number.isSafeInteger(id) && id > 0 ? id : undefined
}

export async function admit(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('secretariat')
  const applicationId = positiveId(field(data, 'id'))
  if (!applicationId) redirect('/staff/applications')
  const result = await admitApplication(getDb(), applicationId, staff)
  if ('problem' in result)
    redirect(result.problem === 'not-found' ? '/staff/applications' : `/staff/applications/${applicationId}?done=not-accepted`)
  redirect(`/staff/members/${result.member.id}?done=${result.created ? 'admitted' : 'already-admitted'}`)
}

/** Adds a member (no id) or saves one; the problems come back in the application form's English wording. */
export async function saveMember(_state: MemberFormState, data: FormData): Promise<MemberFormState> {
  const staff = await requireStaff('secretariat')
  const id = data.has('id') ? positiveId(field(data, 'id')) : undefined
  if (data.has('id') && !id) redirect('/staff/members')
  const check = checkMember(data)
  if (!check.ok) {
    const t = await getTranslations({ locale: 'en', namespace: 'apply' })
    const errors: MemberFormState['errors'] = {}
    for (const [name, key] of Object.entries(check.errors) as [MemberField, string][])
      errors[name] =
        key === 'errorDate'
          ? 'Enter a date (year, month and day).'
          : t(key as Parameters<typeof t>[0], { max: LIMITS[name as keyof typeof LIMITS] ?? 0, email: '' })
    return { values: check.values, errors }
  }
  const db = getDb()
  if (id === undefined) {
    const created = await addMember(db, check.input, staff)
    redirect(`/staff/members/${created.id}?done=added`)
  }
  if (!(await updateMember(db, id, check.input, staff))) redirect('/staff/members')
  redirect(`/staff/members/${id}?done=saved`)
}

const OFFICERS = '/staff/members/officers'

export async function assign(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('admin')
  const memberId = positiveId(field(data, 'member'))
  const role = field(data, 'role')
  const termStart = field(data, 'termStart')
  const termEnd = field(data, 'termEnd')
  if (!memberId || !isOfficerRole(role) || !isIsoDate(termStart) || !isIsoDate(termEnd)) redirect(`${OFFICERS}?done=incomplete`)
  const result = await assignOfficer(getDb(), { memberId, role, termStart, termEnd }, staff)
  redirect(`${OFFICERS}?done=${'problem' in result ? result.problem : 'assigned'}`)
}

export async function unassign(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('admin')
  const id = positiveId(field(data, 'id'))
  if (id) await removeOfficer(getDb(), id, staff)
  redirect(`${OFFICERS}?done=removed`)
}

export async function setSeats(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('admin')
  const seats = Number(field(data, 'seats'))
  if (!Number.isInteger(seats) || seats < 1 || seats > MAX_OFFICERS) redirect(`${OFFICERS}?done=seats-invalid`)
  await setGnsoCouncillorSeats(getDb(), seats, staff)
  redirect(`${OFFICERS}?done=seats`)
}
