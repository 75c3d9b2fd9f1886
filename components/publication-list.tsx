import { PageLink } from '@/components/page-link'
import type { PublicationSummary } from '@/lib/views'

export function PublicationList({ items, headingLevel = 2 }: { items: PublicationSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="mt-6 space-y-6">
      {items.map((item) => (
        <li key={item.href} lang={item.lang} dir={item.dir} className="border-s-4 border-brand-200 ps-4">
          <Heading className="text-xl font-semibold">
            <PageLink href={item.href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {item.title}
            </PageLink>
            {item.textLanguageLabel && (
              <span className="ms-2 inline-block rounded bg-slate-200 px-1.5 py-0.5 align-middle text-xs font-medium text-slate-800">
                {item.textLanguageLabel}
              </span>
            )}
          </Heading>
          <p className="text-sm text-slate-700">
            {item.author && (
              <>
                {item.author}
                {' · '}
              </>
            )}
            <time dateTime={item.dateTime}>{item.date}</time>
          </p>
          <p className="mt-1 text-slate-800">{item.summary}</p>
        </li>
      ))}
    </ul>
  )
}
