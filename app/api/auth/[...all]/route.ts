import { authEndpointAllowed } from '@/lib/auth/endpoints'
import { getAuth } from '@/lib/auth/auth'

// Better Auth's own endpoints, as far as signing in and out needs them
// (session, sign-out, GitHub's round trip); the desk signs in through its
// server action, which passes the same checks. Everything else Better Auth
// could answer (changing a password, an e-mail, a user) is not found here:
// accounts change only through audited paths.
export const dynamic = 'force-dynamic'

const notFound = () => Response.json({ message: 'Not found', code: 'NOT_FOUND' }, { status: 404, headers: { 'cache-control': 'no-store' } })

async function handle(request: Request) {
  if (!authEndpointAllowed(request.method, new URL(request.url).pathname)) return notFound()
  return (await getAuth()).handler(request)
}

export const GET = handle
export const POST = handle
