import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/config'

const dir = join(import.meta.dirname, '../../lib/i18n/dictionaries')
const load = (locale: string) => JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Record<string, unknown>

// Every leaf as "a.b.c" → value, so a missing or extra key shows by name.
function leaves(value: unknown, prefix = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[prefix, value]])
  return new Map(
    Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [...leaves(v, prefix ? `${prefix}.${k}` : k)]),
  )
}

describe('dictionaries', () => {
  const english = leaves(load('en'))

  it('exist for exactly the site languages', () => {
    expect(readdirSync(dir).map((f) => f.replace('.json', '')).sort()).toEqual([...locales].sort())
  })

  it.each(locales.filter((l) => l !== 'en'))('%s has every English key, no others, and is translated', (locale) => {
    const translated = leaves(load(locale))
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [key, text] of translated) {
      expect(text.trim(), key).not.toBe('')
      // The same {placeholders} as English, wherever grammar puts them.
      expect(text.match(/\{\w+\}/g)?.sort() ?? [], key).toEqual(english.get(key)!.match(/\{\w+\}/g)?.sort() ?? [])
    }
    // Most strings differ from English ("Menu" is French and Portuguese too).
    const identical = [...translated].filter(([key, text]) => text === english.get(key))
    expect(identical.length).toBeLessThan(translated.size / 5)
  })
})
