'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getAuth } from '@/lib/auth/auth'
import { requireStaff, SIGN_IN_PATH } from '@/lib/auth/staff'
import { signInProblem, validateNote, validateSignIn, type NoteState, type SignInState } from '@/lib/auth/forms'
import { getDb, isConnectionError } from '@/lib/db/client'
import { recordAudit } from '@/lib/db/queries/audit'
import { addNote } from '@/lib/db/queries/notes'

const UNAVAILABLE = 'The desk cannot reach its database right now. Please try again in a minute.'

function logUnavailable(error: unknown) {
  console.error(`[db] unavailable: ${error instanceof Error ? error.message : String(error)}`)
}

export async function signIn(_state: SignInState, data: FormData): Promise<SignInState> {
  const input = validateSignIn(data)
  if (!input.ok) return input.state
  try {
    const auth = await getAuth()
    await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() })
  } catch (error) {
    if (isConnectionError(error)) {
      logUnavailable(error)
      return { values: { email: input.email }, errors: { form: UNAVAILABLE } }
    }
    return { values: { email: input.email }, errors: signInProblem(error) }
  }
  redirect('/staff')
}

export async function signOut(): Promise<void> {
  const staff = await requireStaff()
  const auth = await getAuth()
  await recordAudit(getDb(), { actorId: staff.id, actorEmail: staff.email, action: 'sign-out' })
  await auth.api.signOut({ headers: await headers() })
  redirect(SIGN_IN_PATH)
}

export async function saveNote(_state: NoteState, data: FormData): Promise<NoteState> {
  const staff = await requireStaff('moderator', 'secretariat')
  const input = validateNote(data)
  if (!input.ok) return input.state
  let saved: number | undefined
  try {
    const result = await addNote(getDb(), { requestKey: input.requestKey, author: staff, body: input.body })
    saved = result.created ? result.id : undefined
  } catch (error) {
    if (!isConnectionError(error)) throw error
    logUnavailable(error)
    return { values: { body: input.body }, errors: { form: UNAVAILABLE } }
  }
  redirect(saved ? `/staff?saved=${saved}` : '/staff?saved=again')
}
