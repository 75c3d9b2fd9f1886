import { getAuth } from '@/lib/auth/auth'

// Better Auth's own endpoints (session, sign-out, GitHub's callback); the
// desk signs in through its server action, which passes the same checks.
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return (await getAuth()).handler(request)
}

export async function POST(request: Request) {
  return (await getAuth()).handler(request)
}
