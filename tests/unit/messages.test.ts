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

// The arguments and rich-text tags a message uses. (Plural forms, per
// language, are the language lint's: tests/unit/language-lint.test.ts.)
function shape(elements: MessageFormatElement[], found = { names: new Set<string>() }) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date) found.names.add(e.value)
    if (e.type === TYPE.tag) {
      found.names.add(`<${e.value}>`)
      shape(e.children, found)
    }
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      found.names.add(e.value)
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
    for (const [key, text] of translated) {
      expect(text.trim(), key).not.toBe('')
      expect([...shape(parse(text)).names].sort(), key).toEqual([...shape(parse(english.get(key)!)).names].sort())
    }
    if (locale === 'en') return
    // Most strings differ from English ("Menu" is French and Portuguese too).
    const identical = [...translated].filter(([key, text]) => text === english.get(key))
    expect(identical.length).toBeLessThan(translated.size / 5)
  })
})
