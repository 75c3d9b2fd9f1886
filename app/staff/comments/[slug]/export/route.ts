import { staffForRequest } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import { pointFilter } from '@/lib/consultations/points'
import { exportComments } from '@/lib/db/queries/comments'

export const dynamic = 'force-dynamic'

// /staff/comments/<slug>/export?format=csv|json: every comment of the
// consultation, published or not, with its status and point (secretariat
// and admin); &point=3 (or whole) for one point's, &by=point grouped by point.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const staff = await staffForRequest(request, 'secretariat')
  if (staff instanceof Response) return staff
  const { slug } = await params
  const query = new URL(request.url).searchParams
  const format = query.get('format') === 'json' ? 'json' : 'csv'
  const entry = getContent().entry('publications', 'en', slug)
  if (!entry?.data.consultation) return new Response('No such consultation.\n', { status: 404 })
  const body = await exportComments(getDb(), slug, format, staff, {
    point: pointFilter(query.get('point') ?? undefined, entry.points.length),
    byPoint: query.get('by') === 'point',
  })
  return new Response(body, {
    headers: {
      'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="comments-${slug}-${new Date().toISOString().slice(0, 10)}.${format}"`,
      'cache-control': 'no-store',
    },
  })
}
