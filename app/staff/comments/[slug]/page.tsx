import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ModerationQueue } from '@/components/staff/moderation-queue'
import { PointFilterNav } from '@/components/staff/point-filter-nav'
import { type ReportDone, ReportOffer, type ReportStore } from '@/components/staff/report-offer'
import { allows, requireStaff } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { consultationPhase } from '@/lib/consultations'
import { firstWords, pointFilter } from '@/lib/consultations/points'
import { openReportChange } from '@/lib/consultations/propose-report'
import { reportPath, reportSlug } from '@/lib/consultations/report'
import { getDb } from '@/lib/db/client'
import { countsByPoint, pendingComments } from '@/lib/db/queries/comments'
import { contentStore } from '@/lib/editing/config'
import { DeskPage } from '../../desk-page'
import { decide, proposeReportChange } from '../actions'

export const metadata: Metadata = { title: 'Moderation queue' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ published?: string; rejected?: string; already?: string; point?: string } & ReportDone>
}

// The queue shows the oldest 50 pending comments (of one point, with
// ?point=3 or ?point=whole), so it stays quick with thousands waiting;
// deciding one brings the next into view.
export default async function QueuePage({ params, searchParams }: Props) {
  const staff = await requireStaff('moderator', 'secretariat')
  const { slug } = await params
  const entry = getContent().entry('publications', 'en', slug)
  if (!entry?.data.consultation) notFound()
  const done = await searchParams
  const point = pointFilter(done.point, entry.points.length)
  const [{ comments, total }, counts] = await Promise.all([
    pendingComments(getDb(), slug, { point }),
    countsByPoint(getDb(), slug, 'pending'),
  ])
  const canExport = allows(staff, ['secretariat'])
  const canModerate = allows(staff, ['moderator'])
  const closed = consultationPhase(entry.data.consultation, new Date()).phase === 'closed'
  const base = `/staff/comments/${slug}`
  const reportStore = canExport && closed ? await storeOfReport(slug) : undefined
  const exportHref = (format: string, extra: Record<string, string> = {}) => `${base}/export?${new URLSearchParams({ format, ...extra })}`
  const about = (n: number | null) => {
    if (entry.points.length === 0) return undefined
    if (n === null) return 'On the whole draft'
    const point = entry.points[n - 1]
    return point ? `On point ${n}: “${firstWords(point.text, 'en')}”` : `On point ${n}, which the statement no longer has`
  }
  return (
    <DeskPage staff={staff} title={`Comments: ${entry.data.title}`}>
      <p className="mt-2">
        <a href="/staff/comments" className="text-brand-800 underline">
          All consultations
        </a>
      </p>
      {(done.published || done.rejected || done.already) && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          {done.published && `Comment ${done.published} published.`}
          {done.rejected && `Comment ${done.rejected} rejected.`}
          {done.already && `Comment ${done.already} had already been decided by someone else.`}
        </p>
      )}
      {canExport && (
        <>
          <p className="mt-4">
            Every comment, with its status and point, for the report:{' '}
            <a href={exportHref('csv')} className="text-brand-800 underline">
              CSV
            </a>{' '}
            ·{' '}
            <a href={exportHref('json')} className="text-brand-800 underline">
              JSON
            </a>
            {entry.points.length > 0 && (
              <>
                {' '}
                · grouped by point:{' '}
                <a href={exportHref('csv', { by: 'point' })} className="text-brand-800 underline">
                  CSV
                </a>{' '}
                ·{' '}
                <a href={exportHref('json', { by: 'point' })} className="text-brand-800 underline">
                  JSON
                </a>
              </>
            )}
          </p>
          {reportStore && (
            <ReportOffer
              slug={slug}
              editPath={`/staff/content/en/publications/${reportSlug(slug)}`}
              store={reportStore}
              done={done}
              canEdit={allows(staff, ['editor'])}
              propose={proposeReportChange}
            />
          )}
        </>
      )}
      <h2 className="mt-8 text-xl font-semibold">Waiting for moderation: {total}</h2>
      {entry.points.length > 0 && <PointFilterNav base={base} points={entry.points.length} counts={counts} current={point} />}
      <ModerationQueue comments={comments} consultation={slug} filter={point} about={about} decide={canModerate ? decide : undefined} />
    </DeskPage>
  )
}

async function storeOfReport(slug: string): Promise<ReportStore> {
  const choice = contentStore()
  if (!('store' in choice)) return choice
  const { store } = choice
  const [change, onSite] = await Promise.all([
    openReportChange(store, reportPath(slug)),
    store.head().then((head) => store.read(reportPath(slug), head)),
  ])
  return { change, published: onSite !== undefined }
}
