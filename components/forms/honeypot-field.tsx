import { HONEYPOT } from '@/lib/forms/honeypot'

// Out of sight and out of the tab order: people leave it empty, robots fill it.
export function HoneypotField({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={HONEYPOT}>{label}</label>
      <input type="text" id={HONEYPOT} name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
