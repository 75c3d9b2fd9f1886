import { staffForRequest } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import { exportCallResponses } from '@/lib/db/queries/alerts'

export const dynamic = 'force-dynamic'

// /staff/calls/<slug>/export: every answer to the working group's calls, as CSV (secretariat and admin).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const staff = await staffForRequest(request, 'secretariat')
  if (staff instanceof Response) return staff
  const { slug } = await params
  if (!getContent().entry('working-groups', 'en', slug)?.data.call) return new Response('No such call.\n', { status: 404 })
  const body = await exportCallResponses(getDb(), slug, staff)
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="take-part-${slug}-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  })
}
