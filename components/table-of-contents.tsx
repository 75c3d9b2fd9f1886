import type { PageHeading } from '@/lib/content'

// The sections of a long document, from its own headings: h3s sit under
// their h2. Plain in-page links, so it works without JavaScript.
export function TableOfContents({
  label,
  headings,
  lang,
  dir,
}: {
  label: string
  headings: PageHeading[]
  lang?: string
  dir?: 'ltr' | 'rtl'
}) {
  return (
    <nav aria-label={label} className="mb-8 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <p className="font-semibold text-slate-800">{label}</p>
      <ol className="mt-2 space-y-1" lang={lang} dir={dir}>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'ps-4' : undefined}>
            <a href={`#${h.id}`} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
