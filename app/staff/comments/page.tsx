import type { Metadata } from 'next'
import { StaffTable } from '@/components/staff/staff-table'
import { requireStaff } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { consultationPhase } from '@/lib/consultations'
import { getDb } from '@/lib/db/client'
import { pendingCounts } from '@/lib/db/queries/comments'
import { DeskPage } from '../desk-page'

export const metadata: Metadata = { title: 'Comments' }

export default async function CommentsDesk() {
  const staff = await requireStaff('moderator', 'secretariat')
  const counts = await pendingCounts(getDb())
  const now = new Date()
  const consultations = getContent()
    .entries('publications', 'en')
    .filter((e) => e.data.consultation)
    .map((e) => ({
      slug: e.slug,
      title: e.data.title,
      phase: consultationPhase(e.data.consultation!, now).phase,
      pending: counts.get(e.slug) ?? 0,
    }))
  return (
    <DeskPage staff={staff} title="Comments on consultations">
      <p className="mt-2">Each consultation's moderation queue, oldest comment first, and its export for the working group's report.</p>
      <StaffTable
        caption="Consultations, with the comments waiting for moderation"
        empty="No publication has a consultation."
        rows={consultations}
        rowKey={(c) => c.slug}
        columns={[
          {
            header: 'Consultation',
            cell: (c) => (
              <a href={`/staff/comments/${c.slug}`} className="text-brand-800 underline">
                {c.title}
              </a>
            ),
          },
          { header: 'State', cell: (c) => c.phase },
          { header: 'Waiting for moderation', cell: (c) => c.pending },
        ]}
      />
    </DeskPage>
  )
}
