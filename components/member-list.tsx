import type { ReactNode } from 'react'
import type { MemberView } from '@/lib/members/directory'

interface MemberListProps {
  members: MemberView[]
  kinds: Record<MemberView['kind'], string>
  // "Member since 2026", per member's year.
  since: (year: string) => string
  // "Representative: ", with the language's colon.
  representative: string
  notListed: string
  empty: ReactNode
}

// One entry per organisation: its name links to its website (another
// site: a plain link); names people typed keep their own direction (bdi).
export function MemberList({ members, kinds, since, representative, notListed, empty }: MemberListProps) {
  if (members.length === 0) return <div className="mt-6">{empty}</div>
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {members.map((m) => (
        <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-semibold">
            <a href={m.website} className="text-brand-800 underline underline-offset-4 hover:text-brand-900" dir="auto">
              {m.organisation}
            </a>
          </h2>
          <p className="mt-1 text-slate-800">
            {kinds[m.kind]} · {m.countryName} · {since(m.since)}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            {m.representative ? (
              <>
                {representative}
                <bdi>{m.representative}</bdi>
              </>
            ) : (
              notListed
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}
