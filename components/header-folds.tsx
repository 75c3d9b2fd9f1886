'use client'

import { usePathname } from 'next/navigation'
import { type ReactNode, useEffect, useRef } from 'react'

// The phone header folds its menu, languages and search into <details>
// (they open without JavaScript). A client-side navigation keeps the
// header, so without this a menu opened to choose a page would stay open
// over the new one.
export function HeaderFolds({ children, className }: { children: ReactNode; className?: string }) {
  const pathname = usePathname()
  const ref = useRef<HTMLDivElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is about the path changing, not about reading it
  useEffect(() => {
    for (const fold of ref.current?.querySelectorAll('details[open]') ?? []) fold.removeAttribute('open')
  }, [pathname])
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  )
}
