'use server'

import { redirect } from 'next/navigation'
import { type EmailSearchState, validateEmailSearch } from '@/lib/auth/forms'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { auditTargetFor } from '@/lib/privacy/request'

// The log names an address by its keyed hash: hash the address, then list what is about it.
export async function searchAudit(_state: EmailSearchState, data: FormData): Promise<EmailSearchState> {
  await requireStaff('admin')
  const input = validateEmailSearch(data)
  if (!input.ok) return input.state
  redirect(`/staff/audit?target=${encodeURIComponent(await auditTargetFor(getDb(), input.email))}`)
}
