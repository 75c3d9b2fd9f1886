import Link from 'next/link'
import type { ComponentProps } from 'react'

// Links between pages: client-side navigation when JavaScript runs, but no
// background prefetch of every link in view — visitors on slow or metered
// connections should download only the pages they open.
export function PageLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link prefetch={false} {...props} />
}
