import type { Criterion, CriterionGroup } from '@/lib/eligibility'
import { CRITERION_PARAM } from '@/lib/eligibility'

interface EligibilityFormProps {
  // /{locale}/membership/eligibility
  action: string
  intro: string
  criteria: readonly Criterion[]
  // Ids to show ticked (the previous answer).
  ticked?: readonly string[]
  labels: { activityLegend: string; requiredLegend: string; submit: string }
  // Set when intro and criteria are the English fallback.
  lang?: string
  dir?: 'ltr' | 'rtl'
}

// A plain GET form: each ticked box adds ?c=<id>, so it works without
// JavaScript and the answer page can be bookmarked or shared.
export function EligibilityForm({ action, intro, criteria, ticked = [], labels, lang, dir }: EligibilityFormProps) {
  const groups: { group: CriterionGroup; legend: string }[] = [
    { group: 'activity', legend: labels.activityLegend },
    { group: 'required', legend: labels.requiredLegend },
  ]
  return (
    <form action={action} method="get" className="mt-4">
      <fieldset>
        <legend lang={lang} dir={dir} className="text-base font-medium text-slate-900">
          {intro}
        </legend>
        {groups.map(({ group, legend }) => {
          const items = criteria.filter((c) => c.group === group)
          if (items.length === 0) return null
          return (
            <fieldset key={group} className="mt-4">
              <legend className="font-semibold text-brand-900">{legend}</legend>
              <ul className="mt-2 space-y-3">
                {items.map((c) => (
                  <li key={c.id} className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      id={`criterion-${c.id}`}
                      name={CRITERION_PARAM}
                      value={c.id}
                      defaultChecked={ticked.includes(c.id)}
                      className="mt-1 size-5 shrink-0 accent-brand-800"
                    />
                    <label htmlFor={`criterion-${c.id}`} lang={lang} dir={dir}>
                      {c.label}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )
        })}
      </fieldset>
      <button type="submit" className="mt-6 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        {labels.submit}
      </button>
    </form>
  )
}
