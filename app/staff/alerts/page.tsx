import type { Metadata } from 'next'
import { StaffTable } from '@/components/staff/staff-table'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { alertsWithCounts, subscriberCounts } from '@/lib/db/queries/alerts'
import { englishLanguageName } from '@/lib/i18n/config'
import { DeskPage } from '../desk-page'

export const metadata: Metadata = { title: 'Alerts' }

const moment = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '')
const TOPICS = { calls: 'Calls for participants', consultations: 'Consultations' } as const

// Who is subscribed (counts only: a privacy request finds one address), and
// each alert sent so far with how its messages stand.
export default async function AlertsDesk() {
  const staff = await requireStaff('secretariat')
  const db = getDb()
  const [subscribers, alerts] = await Promise.all([subscriberCounts(db), alertsWithCounts(db)])
  return (
    <DeskPage staff={staff} title="Alerts">
      <p className="mt-2">
        Subscribers are told once when a call for participants or a consultation opens (at ALERT_RATE messages a second). An address
        unconfirmed for a week is forgotten.
      </p>
      <StaffTable
        caption="Subscribers by topic and language"
        empty="Nobody has subscribed yet."
        rows={subscribers}
        rowKey={(r) => `${r.topic}:${r.locale}`}
        columns={[
          { header: 'Topic', cell: (r) => TOPICS[r.topic] },
          { header: 'Language', cell: (r) => englishLanguageName(r.locale) },
          { header: 'Confirmed', cell: (r) => r.confirmed },
          { header: 'Not confirmed yet', cell: (r) => r.unconfirmed },
        ]}
      />
      <StaffTable
        caption="Alerts, newest first"
        empty="No call or consultation has opened since alerts began."
        rows={alerts}
        rowKey={(a) => String(a.id)}
        columns={[
          { header: 'Topic', cell: (a) => TOPICS[a.topic] },
          { header: 'Working group or consultation', cell: (a) => a.subject },
          { header: 'Opens', cell: (a) => moment(a.opensAt) },
          { header: 'Announced', cell: (a) => moment(a.createdAt) },
          { header: 'Sent', cell: (a) => a.sent },
          { header: 'Pending', cell: (a) => a.pending },
          { header: 'Failed, to be retried', cell: (a) => a.failed },
        ]}
      />
    </DeskPage>
  )
}
