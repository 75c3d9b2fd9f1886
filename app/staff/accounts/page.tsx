import type { Metadata } from 'next'
import { StaffTable } from '@/components/staff/staff-table'
import { requireStaff } from '@/lib/auth/staff'
import { getDb } from '@/lib/db/client'
import { listStaff } from '@/lib/db/queries/staff'
import { DeskPage } from '../desk-page'

export const metadata: Metadata = { title: 'Accounts' }

export default async function AccountsPage() {
  const staff = await requireStaff('admin')
  const accounts = await listStaff(getDb())
  return (
    <DeskPage staff={staff} title="Accounts">
      <p className="mt-2">
        Add or change an account with <code>npm run staff:add -- --email ADDRESS --role ROLE</code>, remove one with{' '}
        <code>npm run staff:remove -- --email ADDRESS</code>.
      </p>
      <StaffTable
        caption="Staff accounts"
        empty="No accounts yet."
        rows={accounts}
        rowKey={(account) => account.id}
        columns={[
          { header: 'Email', cell: (account) => account.email },
          { header: 'Role', cell: (account) => account.role },
          { header: 'Since', cell: (account) => account.createdAt.toISOString().slice(0, 10) },
        ]}
      />
    </DeskPage>
  )
}
