import { PageLink } from '@/components/page-link'

// One clear next step per kind of visitor, each a whole-row link.
export function NextSteps({ heading, steps }: { heading: string; steps: { href: string; text: string }[] }) {
  if (steps.length === 0) return null
  return (
    <section aria-labelledby="next-steps" className="mt-8 max-w-3xl">
      <h2 id="next-steps" className="text-xl font-semibold text-brand-900">
        {heading}
      </h2>
      <ul className="mt-4 space-y-3">
        {steps.map((step) => (
          <li key={step.href}>
            <PageLink
              href={step.href}
              className="flex items-center justify-between gap-4 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900 underline-offset-4 hover:border-brand-600 hover:underline"
            >
              <span>{step.text}</span>
              <span aria-hidden="true" className="rtl:-scale-x-100">
                →
              </span>
            </PageLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
