import type { Metadata } from 'next'
import { StaffTable } from '@/components/staff/staff-table'
import { requireStaff } from '@/lib/auth/staff'
import { callPhase } from '@/lib/alerts/calls'
import { getContent } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import { callsWithCounts } from '@/lib/db/queries/alerts'
import { DeskPage } from '../desk-page'

export const metadata: Metadata = { title: 'Calls for participants' }

const day = (date: Date) => date.toISOString().slice(0, 10)

// Each working group's call (from its front matter) with how many answered
// it; a group's answers, and their export, on its own page.
export default async function CallsDesk() {
  const staff = await requireStaff('secretariat')
  const counts = await callsWithCounts(getDb())
  const now = new Date()
  const calls = getContent()
    .entries('working-groups', 'en')
    .filter((e) => e.data.call)
    .map((e) => {
      const phase = callPhase(e.data.call!, now)
      const answers = counts.filter((c) => c.workingGroup === e.slug).reduce((n, c) => n + c.responses, 0)
      return { slug: e.slug, title: e.data.title, phase: phase.phase, dates: `${day(phase.opens)} to ${day(phase.closes)}`, answers }
    })
  return (
    <DeskPage staff={staff} title="Calls for participants">
      <p className="mt-2">
        A working group asks for participants with <code>call: {'{ opens, closes }'}</code> in its front matter (see the README).
      </p>
      <StaffTable
        caption="Working groups with a call, and how many would like to take part"
        empty="No working group has a call for participants."
        rows={calls}
        rowKey={(c) => c.slug}
        columns={[
          {
            header: 'Working group',
            cell: (c) => (
              <a href={`/staff/calls/${c.slug}`} className="text-brand-800 underline">
                {c.title}
              </a>
            ),
          },
          { header: 'State', cell: (c) => c.phase },
          { header: 'Open', cell: (c) => c.dates },
          { header: 'Answers', cell: (c) => c.answers },
        ]}
      />
    </DeskPage>
  )
}
