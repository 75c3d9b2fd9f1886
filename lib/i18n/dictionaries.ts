import 'server-only'
import { cache } from 'react'
import type { Locale } from './config'
import ar from './dictionaries/ar.json'
import en from './dictionaries/en.json'
import es from './dictionaries/es.json'
import fr from './dictionaries/fr.json'
import pt from './dictionaries/pt.json'
import ru from './dictionaries/ru.json'
import zh from './dictionaries/zh.json'

// English is the type: a key missing from another language fails the type check.
export type Dictionary = typeof en

const dictionaries: Record<Locale, Dictionary> = { en, fr, es, ar, zh, ru, pt }

export const getDictionary = cache(async (locale: Locale): Promise<Dictionary> => dictionaries[locale])

// Fills {name} placeholders; dictionaries keep word order per language.
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
