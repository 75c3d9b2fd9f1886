export function SiteFooter({
  about,
  contactLabel,
  contactEmail,
  alerts,
}: {
  about: string
  contactLabel: string
  contactEmail: string
  alerts: { href: string; label: string }
}) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-700 md:flex-row md:justify-between">
        <p>{about}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <a href={alerts.href} className="text-brand-800 underline">
            {alerts.label}
          </a>
          <a href={`mailto:${contactEmail}`} className="text-brand-800 underline">
            {contactLabel}
          </a>
        </p>
      </div>
    </footer>
  )
}
