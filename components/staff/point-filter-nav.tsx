import type { PointFilter } from '@/lib/db/queries/comments'

// The queue by point: how many comments wait on the whole draft and on
// each point, each a link to those alone.
export function PointFilterNav({
  base,
  points,
  counts,
  current,
}: {
  base: string
  points: number
  counts: Map<number | null, number>
  current?: PointFilter
}) {
  const all = [...counts.values()].reduce((a, b) => a + b, 0)
  const links: { key: string; href: string; label: string; active: boolean }[] = [
    { key: 'all', href: base, label: `All (${all})`, active: current === undefined },
    { key: 'whole', href: `${base}?point=whole`, label: `Whole draft (${counts.get(null) ?? 0})`, active: current === 'whole' },
    ...Array.from({ length: points }, (_, i) => ({
      key: String(i + 1),
      href: `${base}?point=${i + 1}`,
      label: `Point ${i + 1} (${counts.get(i + 1) ?? 0})`,
      active: current === i + 1,
    })),
  ]
  return (
    <nav aria-label="Waiting comments by point" className="mt-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((l) => (
          <li key={l.key}>
            <a
              href={l.href}
              aria-current={l.active ? 'page' : undefined}
              className={`underline ${l.active ? 'font-bold' : 'text-brand-800'}`}
            >
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
