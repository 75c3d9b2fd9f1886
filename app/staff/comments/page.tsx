import type { Metadata } from 'next'
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
      <table className="mt-6 w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-slate-400">
            <th className="py-2 pe-4">Consultation</th>
            <th className="py-2 pe-4">State</th>
            <th className="py-2">Waiting for moderation</th>
          </tr>
        </thead>
        <tbody>
          {consultations.map((c) => (
            <tr key={c.slug} className="border-b border-slate-200">
              <td className="py-2 pe-4">
                <a href={`/staff/comments/${c.slug}`} className="text-brand-800 underline">
                  {c.title}
                </a>
              </td>
              <td className="py-2 pe-4">{c.phase}</td>
              <td className="py-2">{c.pending}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DeskPage>
  )
}
