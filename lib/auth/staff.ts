// The one gate of the staff desk: every desk page, form action and export
// asks here, on the server, for a signed-in account with a fitting role.
import 'server-only'
import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { isRole, type Role } from '@/lib/db/queries/staff'
import { getAuth } from './auth'

export interface Staff {
  id: string
  email: string
  role: Role
  sessionId: string
}

export const SIGN_IN_PATH = '/staff/sign-in'

/** The signed-in staff member of this request, if any (and if their role is still a staff role). */
export async function currentStaff(requestHeaders?: Headers): Promise<Staff | undefined> {
  const auth = await getAuth()
  const found = await auth.api.getSession({ headers: requestHeaders ?? (await headers()) })
  if (!found || !isRole(found.user.role)) return undefined
  return { id: found.user.id, email: found.user.email, role: found.user.role, sessionId: found.session.id }
}

/** Admins may do everything; the others what their role names. */
export const allows = (staff: Staff, roles: readonly Role[]) => staff.role === 'admin' || roles.includes(staff.role)

/** For pages and server actions: sign-in page without a session, 403 with the wrong role. */
export async function requireStaff(...roles: Role[]): Promise<Staff> {
  const staff = await currentStaff()
  if (!staff) redirect(SIGN_IN_PATH)
  if (roles.length && !allows(staff, roles)) forbidden()
  return staff
}

/** For route handlers (exports, APIs): a 401 or 403 response instead of a page. */
export async function staffForRequest(request: Request, ...roles: Role[]): Promise<Staff | Response> {
  const staff = await currentStaff(request.headers)
  const refuse = (status: number, text: string) =>
    new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  if (!staff) return refuse(401, 'Sign in to the staff desk first.')
  if (roles.length && !allows(staff, roles)) return refuse(403, 'Your role does not allow this.')
  return staff
}
