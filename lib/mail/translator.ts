// A mail's wording in the recipient's language (English when it is none
// of the site's), from lib/i18n/messages, outside any request.
import { createTranslator } from 'next-intl'
import { defaultLocale, isLocale, type Locale } from '../i18n/config'
import type en from '../i18n/messages/en.json'

export type Messages = typeof en

export async function messagesFor(locale: string): Promise<{ lang: Locale; messages: Messages }> {
  const lang: Locale = isLocale(locale) ? locale : defaultLocale
  return { lang, messages: (await import(`../i18n/messages/${lang}.json`)).default as Messages }
}

export async function mailTranslator<N extends 'applicationMail' | 'alertMail'>(locale: string, namespace: N) {
  const { lang, messages } = await messagesFor(locale)
  return { lang, t: createTranslator({ locale: lang, messages, namespace }) }
}
