'use client'

// Shown when a desk page fails, most often because the database cannot be
// reached; the details stay in the server log.
export default function DeskError() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">The desk is unavailable</h1>
      <p className="mt-2">It cannot reach its database right now. Please try again in a minute.</p>
    </main>
  )
}
