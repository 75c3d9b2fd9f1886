import type { ReactNode } from 'react'

// A short notice that part of the page cannot work just now (the database
// is not answering), announced politely to screen readers.
export function ServiceNotice({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <p role="status" className={`rounded border-s-4 border-amber-600 bg-amber-50 p-4 ${className}`}>
      {children}
    </p>
  )
}
