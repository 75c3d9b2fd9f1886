import type { ReactNode } from 'react'
import type { CommentItem } from '@/lib/consultations/views'

// Comments as their authors wrote them: plain text (React escapes it),
// line breaks kept, each in its own direction (dir="auto"), whatever the
// page's language.
export function PublishedComments({
  heading,
  count,
  items,
  filter,
  footer,
}: {
  heading: string
  count: string
  items: CommentItem[]
  /** The way back to all comments when these are one point's. */
  filter?: ReactNode
  footer?: ReactNode
}) {
  return (
    <section aria-labelledby="comments-heading" className="mt-12 border-t border-slate-300 pt-8">
      <h2 id="comments-heading" className="text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-2 text-slate-700">{count}</p>
      {filter && <p className="mt-2">{filter}</p>}
      {items.length > 0 && (
        <ol className="mt-6 space-y-6">
          {items.map((c) => (
            <li key={c.id} id={`comment-${c.id}`} className="rounded border border-slate-300 p-4">
              <p className="font-semibold">
                <bdi>{c.name}</bdi>
                {c.organisation && (
                  <>
                    {' · '}
                    <bdi className="font-normal">{c.organisation}</bdi>
                  </>
                )}
              </p>
              <p className="text-sm text-slate-700">
                <time dateTime={c.dateTime}>{c.received}</time>
                {c.about && (
                  <>
                    {' · '}
                    {c.about.href ? (
                      <a href={c.about.href} className="underline underline-offset-4">
                        {c.about.label}
                      </a>
                    ) : (
                      c.about.label
                    )}
                  </>
                )}
              </p>
              <p dir="auto" className="mt-3 whitespace-pre-line break-words">
                {c.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {footer}
    </section>
  )
}
