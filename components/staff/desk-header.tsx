import type { Role } from '@/lib/db/queries/staff'

interface DeskHeaderProps {
  email: string
  role: Role
  signOut: () => Promise<void>
}

export function DeskHeader({ email, role, signOut }: DeskHeaderProps) {
  const links = [
    { href: '/staff', label: 'Desk' },
    { href: '/staff/comments', label: 'Comments' },
    ...(role === 'admin' || role === 'secretariat'
      ? [
          { href: '/staff/applications', label: 'Applications' },
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
  return (
    <header className="border-b border-slate-300 bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
        <p className="font-semibold text-brand-900">ISPCP staff desk</p>
        <nav aria-label="Desk">
          <ul className="flex gap-4">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="text-brand-800 underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="ms-auto text-sm">
          {email} ({role})
        </p>
        <form action={signOut}>
          <button type="submit" className="rounded border border-brand-800 px-3 py-1 text-sm text-brand-900">
            Sign out
          </button>
        </form>
      </div>
    </header>
  )
}
