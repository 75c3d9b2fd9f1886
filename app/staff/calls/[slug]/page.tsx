import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { StaffTable } from '@/components/staff/staff-table'
import { requireStaff } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import { callResponses } from '@/lib/db/queries/alerts'
import { englishLanguageName } from '@/lib/i18n/config'
import { DeskPage } from '../../desk-page'

export const metadata: Metadata = { title: 'Answers to a call' }

const moment = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`

export default async function CallResponsesDesk({ params }: { params: Promise<{ slug: string }> }) {
  const staff = await requireStaff('secretariat')
  const { slug } = await params
  const group = getContent().entry('working-groups', 'en', slug)
  if (!group?.data.call) notFound()
  const rows = await callResponses(getDb(), slug)
  return (
    <DeskPage staff={staff} title={`Would like to take part: ${group.data.title}`}>
      <p className="mt-2">
        <a href={`/staff/calls/${slug}/export`} className="text-brand-800 underline">
          Download as CSV
        </a>{' '}
        (the download is in the audit log).
      </p>
      <StaffTable
        caption="Answers, oldest first"
        empty="Nobody has answered yet."
        rows={rows}
        rowKey={(r) => String(r.id)}
        columns={[
          { header: 'Received', cell: (r) => moment(r.createdAt) },
          { header: 'Call opened', cell: (r) => moment(r.callOpensAt) },
          { header: 'Name', cell: (r) => <bdi>{r.name}</bdi> },
          { header: 'Organisation', cell: (r) => <bdi>{r.organisation ?? ''}</bdi> },
          { header: 'E-mail', cell: (r) => <bdi>{r.email}</bdi> },
          { header: 'Language', cell: (r) => englishLanguageName(r.locale) },
          {
            header: 'Message',
            cell: (r) => (
              <p dir="auto" className="whitespace-pre-line">
                {r.message ?? ''}
              </p>
            ),
          },
        ]}
      />
    </DeskPage>
  )
}
