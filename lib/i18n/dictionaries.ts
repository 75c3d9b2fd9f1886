import 'server-only'
import { cache } from 'react'
import type { Locale } from './config'
import { dictionaries, type Dictionary } from './dictionary-table'

export type { Dictionary }

export const getDictionary = cache(async (locale: Locale): Promise<Dictionary> => dictionaries[locale])

// Fills {name} placeholders; dictionaries keep word order per language.
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
