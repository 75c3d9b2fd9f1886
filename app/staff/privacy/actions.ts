'use server'

import { redirect } from 'next/navigation'
import { type EmailSearchState, validateEmailSearch } from '@/lib/auth/forms'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { erasePersonalData, searchPersonalData } from '@/lib/privacy/request'

export async function searchPrivacy(_state: EmailSearchState, data: FormData): Promise<EmailSearchState> {
  const staff = await requireStaff('secretariat')
  const input = validateEmailSearch(data)
  if (!input.ok) return input.state
  const token = await searchPersonalData(getDb(), input.email, staff)
  redirect(`/staff/privacy?request=${token}`)
}

export async function erasePrivacy(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('secretariat')
  const token = String(data.get('request') ?? '').slice(0, 1000)
  if (data.get('confirm') !== 'yes') redirect(`/staff/privacy?request=${encodeURIComponent(token)}&unconfirmed=1`)
  const deleted = await erasePersonalData(getDb(), token, staff)
  if (!deleted) redirect('/staff/privacy?expired=1')
  const { comments, applications, mail, members, officers, counters, subscriptions, callResponses } = deleted
  redirect(`/staff/privacy?deleted=${[comments, applications, mail, members, officers, counters, subscriptions, callResponses].join('.')}`)
}
