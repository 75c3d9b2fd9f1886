import 'server-only'
import { cache } from 'react'
import type { Locale } from './config'
import en from './dictionaries/en.json'

// English is the type: a key missing from another language fails the type check.
export type Dictionary = typeof en

const loaders: Record<Locale, () => Promise<Dictionary>> = {
  en: async () => en,
  fr: async () => en,
  es: async () => en,
  ar: async () => en,
  zh: async () => en,
  ru: async () => en,
  pt: async () => en,
}

export const getDictionary = cache((locale: Locale): Promise<Dictionary> => loaders[locale]())

// Fills {name} placeholders; dictionaries keep word order per language.
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
