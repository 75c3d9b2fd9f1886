import { staffForRequest } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { auditCsv } from '@/lib/db/queries/audit-export'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const staff = await staffForRequest(request, 'admin')
  if (staff instanceof Response) return staff
  const csv = await auditCsv(getDb(), staff)
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  })
}
