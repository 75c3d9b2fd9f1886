import { HONEYPOT } from '@/lib/forms/honeypot'

// Out of sight and out of the tab order: people leave it empty, robots fill it.
export function HoneypotField({ label }: { label: string }) {
  return (
    // Clipped in place rather than pushed off to the left: in a right-to-left
    // page an element far to the left widens the page (a sideways scroll).
    <div aria-hidden="true" className="absolute h-px w-px overflow-hidden whitespace-nowrap [clip-path:inset(50%)]">
      <label htmlFor={HONEYPOT}>{label}</label>
      <input type="text" id={HONEYPOT} name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
