import { ActionForm } from '@/components/forms/action-form'
import { TOKEN_PARAM } from '@/lib/alerts/paths'

// One button that posts the subscription's token: Confirm, Unsubscribe.
// A link in a mail only opens the page; only this POST acts.
export function TokenButton({
  action,
  permalink,
  token,
  label,
}: {
  action: (state: unknown, data: FormData) => Promise<void>
  permalink: string
  token: string
  label: string
}) {
  return (
    <ActionForm action={action} permalink={permalink} className="mt-6">
      <input type="hidden" name={TOKEN_PARAM} value={token} />
      <button type="submit" className="rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900">
        {label}
      </button>
    </ActionForm>
  )
}
