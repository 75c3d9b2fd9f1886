import { PageLink } from '@/components/page-link'

export interface SectionCard {
  href: string
  title: string
  description: string
}

export function SectionCards({ items }: { items: SectionCard[] }) {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <li key={item.href} className="rounded-lg border border-slate-200 p-5 hover:border-brand-600">
          <h3 className="text-lg font-semibold">
            <PageLink href={item.href} className="text-brand-800 underline underline-offset-4">
              {item.title}
            </PageLink>
          </h3>
          <p className="mt-2 text-slate-700">{item.description}</p>
        </li>
      ))}
    </ul>
  )
}
