import { FocusOnArrival } from './focus-on-arrival'

// A placeholder the page puts where the reference goes in the translated
// sentence, so the sentence keeps its own word order.
export const SLOT = '\u0000'

export interface ReceivedText {
  title: string
  /** With SLOT where the reference goes. */
  reference: string
  keep: string
  nextHeading: string
  next: string
  contact: string
}

const HEADING = 'application-received'

// The application's confirmation, the page the form redirects to once the
// application is stored. It shows the reference and nothing the applicant
// typed: the address is in the browser's history, and may be shared.
export function ApplicationReceived({ reference, text, contactEmail }: { reference: string; text: ReceivedText; contactEmail: string }) {
  const [before, after] = text.reference.split(SLOT)
  return (
    <section aria-labelledby={HEADING} className="rounded-lg border-s-4 border-emerald-700 bg-emerald-50 p-6">
      <FocusOnArrival target={HEADING} />
      <h2 id={HEADING} tabIndex={-1} className="text-2xl font-semibold text-slate-900 focus:outline-none">
        {text.title}
      </h2>
      <p className="mt-3 text-lg" data-reference={reference}>
        {before}
        {/* Isolated, left to right and unbroken: the reference keeps its shape in a right-to-left sentence. */}
        <bdi dir="ltr" className="whitespace-nowrap font-mono font-bold">
          {reference}
        </bdi>
        {after}
      </p>
      <p className="mt-2">{text.keep}</p>
      <h3 className="mt-6 text-xl font-semibold text-brand-900">{text.nextHeading}</h3>
      <p className="mt-2">{text.next}</p>
      <p className="mt-4">
        {text.contact}{' '}
        <a href={`mailto:${contactEmail}`} className="font-medium text-brand-800 underline underline-offset-4">
          {contactEmail}
        </a>
      </p>
    </section>
  )
}
