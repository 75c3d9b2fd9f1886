import type { ApplicationField } from '@/lib/applications'

// What the application page (a server component) hands its form (a client
// component): every string already translated.
export interface ApplicationText {
  labels: Record<ApplicationField, string>
  colon: string
  hints: { website: string; representative: string; listRepresentative: string; statement: string; required: string }
  countryChoose: string
  kinds: Record<'commercial-entity' | 'trade-association', string>
  groups: { activity: string; required: string }
  submit: string
  sending: string
}
