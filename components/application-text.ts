import type { ApplicationField } from '@/lib/applications'

// Shared by the application page (a server component) and its form (a
// client component): a constant exported from a 'use client' module would
// reach the server as a client reference, not as the value.
// A placeholder the page puts where the reference or the address goes in a
// translated sentence, so the sentence keeps its own word order.
export const SLOT = '\u0000'

export interface ApplicationText {
  labels: Record<ApplicationField, string>
  colon: string
  hints: { website: string; representative: string; statement: string; required: string }
  countryChoose: string
  kinds: Record<'commercial-entity' | 'trade-association', string>
  groups: { activity: string; required: string }
  submit: string
  sending: string
  done: { title: string; reference: string; keep: string; nextHeading: string; next: string; contact: string }
}
