'use server'

import { redirect } from 'next/navigation'
import { requireStaff } from '@/lib/auth/staff'
import { proposeReport } from '@/lib/consultations/propose-report'
import { commentReport } from '@/lib/consultations/report'
import { getDb } from '@/lib/db/client'
import { decideComment } from '@/lib/db/queries/comments'
import { contentStore } from '@/lib/editing/config'
import { withoutControlCharacters } from '@/lib/forms/validation'

const text = (data: FormData, name: string, max: number) => {
  const value = data.get(name)
  return typeof value === 'string' ? value.trim().slice(0, max) : ''
}
const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/
// The queue's point filter (?point=3 or ?point=whole), kept across decisions.
const FILTER = /^(?:whole|[1-9][0-9]{0,5})$/

// Posted by an ActionForm (components/forms/action-form.tsx), which passes its (unused) state first.

/** Approve or reject one pending comment, then back to the queue. */
export async function decide(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('moderator')
  const id = Number(data.get('id'))
  const slug = text(data, 'consultation', 130)
  const decision = data.get('decision') === 'publish' ? 'published' : data.get('decision') === 'reject' ? 'rejected' : undefined
  if (!Number.isSafeInteger(id) || id < 1 || !SLUG.test(slug) || !decision) redirect('/staff/comments')
  const done = await decideComment(getDb(), {
    id,
    decision,
    reason: withoutControlCharacters(text(data, 'reason', 1000), { multiline: true }) || undefined,
    actor: staff,
  })
  const filter = text(data, 'filter', 10)
  redirect(`/staff/comments/${slug}?${done ? decision : 'already'}=${id}${FILTER.test(filter) ? `&point=${filter}` : ''}`)
}

/** After the close: the draft report proposed as a content change (secretariat and admin). */
export async function proposeReportChange(_state: unknown, data: FormData): Promise<void> {
  const staff = await requireStaff('secretariat')
  const slug = text(data, 'consultation', 130)
  if (!SLUG.test(slug)) redirect('/staff/comments')
  const page = `/staff/comments/${slug}`
  const choice = contentStore()
  // The page says why there is no store and offers the download instead.
  if (!('store' in choice)) redirect(page)
  const report = await commentReport(slug, staff)
  if (!report) redirect('/staff/comments')
  if (report === 'open') redirect(page)
  const result = await proposeReport(getDb(), choice.store, report, staff)
  redirect(
    `${page}?${result.ok ? `${result.added ? 'reportAdded' : 'reportProposed'}=${encodeURIComponent(result.branch)}` : `reportRefused=${result.refused}`}`,
  )
}
