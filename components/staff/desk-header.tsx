import { ActionForm } from '@/components/forms/action-form'
import type { Role } from '@/lib/db/queries/staff'

interface DeskHeaderProps {
  email: string
  role: Role
  signOut: () => Promise<void>
}

export function DeskHeader({ email, role, signOut }: DeskHeaderProps) {
  // Editors work on the content only; the desk's other pages are not theirs.
  const links = [
    ...(role === 'editor'
      ? []
      : [
          { href: '/staff', label: 'Desk' },
          { href: '/staff/comments', label: 'Comments' },
        ]),
    ...(role === 'admin' || role === 'editor' ? [{ href: '/staff/content', label: 'Content' }] : []),
    ...(role === 'admin' || role === 'secretariat'
      ? [
          { href: '/staff/applications', label: 'Applications' },
          { href: '/staff/members', label: 'Members' },
          { href: '/staff/calls', label: 'Calls' },
          { href: '/staff/alerts', label: 'Alerts' },
          { href: '/staff/privacy', label: 'Privacy requests' },
        ]
      : []),
    ...(role === 'admin'
      ? [
          { href: '/staff/audit', label: 'Audit log' },
          { href: '/staff/accounts', label: 'Accounts' },
        ]
      : []),
  ]
  // Two rows that each wrap on their own: who is signed in and "Sign out"
  // beside the desk's name, the links below, so the header fits from 360 px
  // phones to wide screens without scrolling sideways.
  return (
    <header className="border-b border-slate-300 bg-brand-50">
      <div className="mx-auto max-w-5xl px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p className="font-semibold text-brand-900">ISPCP staff desk</p>
          <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2">
            <p className="min-w-0 text-sm wrap-anywhere">
              {email} ({role})
            </p>
            {/* Without JavaScript it posts to the desk home from any page: every
                desk page carries this header (so the action is served there),
                and it answers with a redirect to sign-in. */}
            <ActionForm action={signOut} permalink="/staff">
              <button type="submit" className="whitespace-nowrap rounded border border-brand-800 px-3 py-1 text-sm text-brand-900">
                Sign out
              </button>
            </ActionForm>
          </div>
        </div>
        <nav aria-label="Desk" className="mt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="whitespace-nowrap text-brand-800 underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
