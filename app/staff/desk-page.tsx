import type { ReactNode } from 'react'
import { DeskHeader } from '@/components/staff/desk-header'
import type { Staff } from '@/lib/auth/staff'
import { signOut } from './actions'

// The frame of every signed-in desk page. Addresses and keys people sent are
// long and unbroken: any line may break them anywhere rather than push the
// page wider than a phone.
export function DeskPage({ staff, title, children }: { staff: Staff; title: string; children: ReactNode }) {
  return (
    <>
      <DeskHeader email={staff.email} role={staff.role} signOut={signOut} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 wrap-anywhere">
        <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
        {children}
      </main>
    </>
  )
}
