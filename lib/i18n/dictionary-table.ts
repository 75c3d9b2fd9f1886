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

// The one table of interface texts. Pages go through getDictionary(); code
// that must stay synchronous and unit-testable (the feed's head link)
// reads it here.
export const dictionaries: Record<Locale, Dictionary> = { en, fr, es, ar, zh, ru, pt }
