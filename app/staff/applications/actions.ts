'use server'

import { redirect } from 'next/navigation'
import { requireStaff } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import {
  addApplicationNote,
  APPLICATION_NOTE_MAX_LENGTH,
  deleteApplication,
  getApplication,
  queueDecisionMail,
  setApplicationStatus,
} from '@/lib/db/queries/applications'
import { makeUnsentDue } from '@/lib/db/queries/outbox'
import { recordAudit } from '@/lib/db/queries/audit'
import { applicationStatuses, type ApplicationStatus } from '@/lib/db/schema'
import { hasControlCharacters } from '@/lib/forms/validation'
import { decisionMail } from '@/lib/mail/application-mail'
import { deliverDueMail } from '@/lib/mail/deliver'

// Every action here: secretariat or admin, checked on the server first.
// Each is posted by an ActionForm (components/forms/action-form.tsx), which
// passes its (unused) state first.
const staffMember = () => requireStaff('secretariat')

const field = (data: FormData, name: string) => {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}

function applicationId(data: FormData): number {
  const id = Number(field(data, 'id'))
  if (!Number.isSafeInteger(id) || id <= 0) redirect('/staff/applications')
  return id
}

const back = (id: number, done: string): never => redirect(`/staff/applications/${id}?done=${done}`)

export async function changeStatus(_state: unknown, data: FormData): Promise<void> {
  const staff = await staffMember()
  const id = applicationId(data)
  const status = field(data, 'status') as ApplicationStatus
  if (!applicationStatuses.includes(status)) back(id, 'invalid')
  if (!(await setApplicationStatus(getDb(), id, status, staff))) redirect('/staff/applications')
  back(id, 'status')
}

export async function addNote(_state: unknown, data: FormData): Promise<void> {
  const staff = await staffMember()
  const id = applicationId(data)
  const body = field(data, 'body').trim()
  const requestKey = field(data, 'requestKey')
  if (
    !body ||
    body.length > APPLICATION_NOTE_MAX_LENGTH ||
    hasControlCharacters(body, { multiline: true }) ||
    !/^[A-Za-z0-9_-]{16,64}$/.test(requestKey)
  )
    back(id, 'note-invalid')
  await addApplicationNote(getDb(), { applicationId: id, requestKey, author: staff, body })
  back(id, 'note')
}

export async function sendDecision(_state: unknown, data: FormData): Promise<void> {
  const staff = await staffMember()
  const id = applicationId(data)
  const db = getDb()
  const application = await getApplication(db, id)
  if (!application) redirect('/staff/applications')
  if (application.status !== 'accepted' && application.status !== 'declined') back(id, 'no-decision')
  const mail = await decisionMail(application, application.status as 'accepted' | 'declined', getContent().site.contactEmail)
  await queueDecisionMail(db, application, mail, staff)
  await deliverDueMail(db)
  back(id, 'decision')
}

export async function remove(_state: unknown, data: FormData): Promise<void> {
  const staff = await staffMember()
  const id = applicationId(data)
  if (field(data, 'confirm') !== 'yes') back(id, 'confirm-delete')
  await deleteApplication(getDb(), id, staff)
  redirect('/staff/applications?done=deleted')
}

/** Sends what waits in the outbox now, failed messages included. */
export async function sendWaitingMail(): Promise<void> {
  const staff = await staffMember()
  const db = getDb()
  await makeUnsentDue(db)
  const report = await deliverDueMail(db)
  await recordAudit(db, { actorId: staff.id, actorEmail: staff.email, action: 'outbox-sent', detail: { ...report } })
  redirect(`/staff/applications?done=sent-${report.sent}-failed-${report.failed}`)
}
