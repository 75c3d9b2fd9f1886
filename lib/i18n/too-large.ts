import { locales } from './config'

/** The 413 page's words in every language, for the request guard (which runs without next-intl). */
export async function tooLargeText(): Promise<Record<string, { title: string; body: string; home: string }>> {
  const entries = await Promise.all(
    locales.map(async (locale) => [locale, (await import(`./messages/${locale}.json`)).default.tooLarge] as const),
  )
  return Object.fromEntries(entries)
}
