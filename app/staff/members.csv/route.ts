import { staffForRequest } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { membersCsv } from '@/lib/db/queries/members'
import { deskMemberFilter } from '@/lib/members/desk-filter'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const staff = await staffForRequest(request, 'secretariat')
  if (staff instanceof Response) return staff
  const csv = await membersCsv(getDb(), deskMemberFilter(new URL(request.url).searchParams), staff)
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="members-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  })
}
