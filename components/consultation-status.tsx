import { PageLink } from '@/components/page-link'
import type { ConsultationView } from '@/lib/consultations/views'

// Where a consultation stands, said in words (never by colour alone), with
// the way to comment while it is open.
export function ConsultationStatus({ view, action }: { view: ConsultationView; action?: { href: string; label: string } }) {
  const tone = view.phase === 'open' ? 'border-green-800 bg-green-50' : 'border-slate-500 bg-slate-50'
  return (
    <div className={`mt-6 rounded border-s-4 p-4 ${tone}`}>
      <p className="font-bold">{view.phaseLabel}</p>
      <p className="mt-1">{view.when}</p>
      {view.note && (
        <p className="mt-1" lang={view.lang} dir={view.dir}>
          {view.note}
        </p>
      )}
      {action && (
        <p className="mt-3">
          <PageLink href={action.href} className="font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900">
            {action.label}
          </PageLink>
        </p>
      )}
    </div>
  )
}
