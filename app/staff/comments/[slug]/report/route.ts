import { staffForRequest } from '@/lib/auth/staff'
import { commentReport, reportSlug } from '@/lib/consultations/report'

export const dynamic = 'force-dynamic'

// /staff/comments/<slug>/report: the draft report of public comments of a
// closed consultation, a markdown file to place as the README says
// (secretariat and admin).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const staff = await staffForRequest(request, 'secretariat')
  if (staff instanceof Response) return staff
  const { slug } = await params
  const report = await commentReport(slug, staff)
  const refuse = (status: number, text: string) =>
    new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  if (!report) return refuse(404, 'No such consultation.')
  if (report === 'open') return refuse(409, 'The consultation has not closed yet: the report comes after the close.')
  return new Response(report.text, {
    headers: {
      'content-type': 'text/markdown; charset=utf-8',
      'content-disposition': `attachment; filename="${reportSlug(slug)}.md"`,
      'cache-control': 'no-store',
    },
  })
}
