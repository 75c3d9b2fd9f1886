import type { ReactNode } from 'react'

// What a form did, where the form was (Post/Redirect/Get).
export function DoneNotice({ heading, children }: { heading: string; children?: ReactNode }) {
  return (
    <div role="status" className="mt-6 rounded border-2 border-green-800 bg-green-50 p-4">
      <h2 className="text-xl font-bold">{heading}</h2>
      {children && <div className="mt-1">{children}</div>}
    </div>
  )
}
