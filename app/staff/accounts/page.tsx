import type { Metadata } from 'next'
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
      <table className="mt-4 w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pe-3">
              Email
            </th>
            <th scope="col" className="py-2 pe-3">
              Role
            </th>
            <th scope="col" className="py-2">
              Since
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className="border-b border-slate-200">
              <td className="py-1 pe-3">{account.email}</td>
              <td className="py-1 pe-3">{account.role}</td>
              <td className="py-1">{account.createdAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DeskPage>
  )
}
