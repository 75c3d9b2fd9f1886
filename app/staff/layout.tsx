import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import '../globals.css'

// The staff desk: English only, never indexed, never cached, rendered for
// each request (every page checks the session itself).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { template: '%s · ISPCP staff desk', default: 'ISPCP staff desk' },
  robots: { index: false, follow: false },
}

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  )
}
