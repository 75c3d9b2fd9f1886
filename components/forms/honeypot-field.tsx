import { HONEYPOT } from '@/lib/forms/honeypot'

// Out of sight and out of the tab order: people leave it empty, robots fill
// it. Clipped in place (sr-only) rather than moved off-screen, which in a
// right-to-left page would widen it.
export function HoneypotField({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="sr-only">
      <label htmlFor={HONEYPOT}>{label}</label>
      <input type="text" id={HONEYPOT} name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
