'use client'

import { useEffect } from 'react'

// With JavaScript on, a form's redirect arrives as a client-side navigation
// that leaves focus on the vanished submit button: move it to the answer,
// where a screen reader then starts. Without JavaScript the new page is read
// from its top, as any page.
export function FocusOnArrival({ target }: { target: string }) {
  useEffect(() => document.getElementById(target)?.focus(), [target])
  return null
}
