import { staffForRequest } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { applicationsCsv } from '@/lib/db/queries/applications'
import { applicationFilter } from '@/lib/db/queries/application-filter'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const staff = await staffForRequest(request, 'secretariat')
  if (staff instanceof Response) return staff
  const csv = await applicationsCsv(getDb(), applicationFilter(new URL(request.url).searchParams), staff)
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="applications-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  })
}
