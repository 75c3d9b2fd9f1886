import { PageLink } from '@/components/page-link'
import type { OrganisationKind } from '@/lib/db/schema'

interface MemberFilterProps {
  action: string
  label: string
  countryLabel: string
  anyCountry: string
  countries: { code: string; name: string }[]
  kindLabel: string
  anyKind: string
  kinds: { value: OrganisationKind; label: string }[]
  selected: { country?: string; kind?: string }
  submit: string
  // "Show all members", when a filter is applied.
  reset?: { href: string; label: string }
}

// A GET form: the filtered list is a page of its own, so it works without
// JavaScript and can be bookmarked.
export function MemberFilter(props: MemberFilterProps) {
  const select = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base'
  return (
    <form method="get" action={props.action} aria-label={props.label} className="mt-6 flex flex-wrap items-end gap-4">
      <div className="min-w-48 flex-1">
        <label htmlFor="member-country" className="block font-semibold">
          {props.countryLabel}
        </label>
        <select id="member-country" name="country" defaultValue={props.selected.country ?? ''} className={select}>
          <option value="">{props.anyCountry}</option>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="member-kind" className="block font-semibold">
          {props.kindLabel}
        </label>
        <select id="member-kind" name="kind" defaultValue={props.selected.kind ?? ''} className={select}>
          <option value="">{props.anyKind}</option>
          {props.kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
        {props.submit}
      </button>
      {props.reset && (
        <PageLink href={props.reset.href} className="py-2 font-medium text-brand-800 underline underline-offset-4">
          {props.reset.label}
        </PageLink>
      )}
    </form>
  )
}
