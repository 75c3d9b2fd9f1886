'use client'

import { deskUnavailable } from '@/components/staff/desk-unavailable'

// Shown when a desk page fails, most often because the database cannot be
// reached; the details stay in the server log.
export default function DeskError() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{deskUnavailable.title}</h1>
      <p className="mt-2">{deskUnavailable.body}</p>
    </main>
  )
}
