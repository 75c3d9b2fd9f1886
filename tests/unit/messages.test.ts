import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/config'

const dir = join(import.meta.dirname, '../../lib/i18n/messages')
const load = (locale: string) => JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Record<string, unknown>

// Every leaf as "a.b.c" → value, so a missing or extra key shows by name.
function leaves(value: unknown, prefix = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[prefix, value]])
  return new Map(Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [...leaves(v, prefix ? `${prefix}.${k}` : k)]))
}

// The arguments and rich-text tags a message uses, and the plural
// categories of each plural in it.
function shape(elements: MessageFormatElement[], found = { names: new Set<string>(), plurals: [] as string[][] }) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date) found.names.add(e.value)
    if (e.type === TYPE.tag) {
      found.names.add(`<${e.value}>`)
      shape(e.children, found)
    }
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      found.names.add(e.value)
      if (e.type === TYPE.plural) found.plurals.push(Object.keys(e.options))
      for (const option of Object.values(e.options)) shape(option.value, found)
    }
  }
  return found
}

describe('messages', () => {
  const english = leaves(load('en'))

  it('exist for exactly the site languages', () => {
    expect(
      readdirSync(dir)
        .map((f) => f.replace('.json', ''))
        .sort(),
    ).toEqual([...locales].sort())
  })

  it.each(locales)('%s has every English key, no others, each valid ICU with the same arguments', (locale) => {
    const translated = leaves(load(locale))
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort())
    const required = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
    for (const [key, text] of translated) {
      expect(text.trim(), key).not.toBe('')
      const own = shape(parse(text))
      expect([...own.names].sort(), key).toEqual([...shape(parse(english.get(key)!)).names].sort())
      // Every plural form the language has, and "other" as the fallback.
      for (const categories of own.plurals) expect(categories, key).toEqual(expect.arrayContaining([...required, 'other']))
    }
    if (locale === 'en') return
    // Most strings differ from English ("Menu" is French and Portuguese too).
    const identical = [...translated].filter(([key, text]) => text === english.get(key))
    expect(identical.length).toBeLessThan(translated.size / 5)
  })
})
