// The mails of alerts and calls, each as text and as HTML from the same
// paragraphs: the confirmation of a subscription, an alert, and the two
// mails an answer to a call causes (the Secretariat's notification, in
// English like the desk, and the person's confirmation in their language).
// Every mail to a subscriber carries a visible unsubscribe link and the
// List-Unsubscribe headers of RFC 8058.
import type { Content } from '../content'
import { formatMoment } from '../consultations'
import type { Announcement, CallResponse, Subscription } from '../db/queries/alerts'
import { alertMailKey } from '../db/queries/alerts'
import type { OutgoingMail } from '../db/queries/outbox'
import { direction, englishLanguageName, type Locale } from '../i18n/config'
import { getPathname } from '../i18n/navigation'
import { mailTranslator } from '../mail/translator'
import { consultationPath } from '../routes'
import { CONFIRM_PATH, MANAGE_PATH, oneClickUnsubscribePath, TOKEN_PARAM, UNSUBSCRIBE_PATH } from './paths'

// A paragraph, or a sentence followed by the address it names.
type Block = { text: string; url?: string }

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export function mailText(blocks: Block[]): string {
  return blocks.map((b) => (b.url ? `${b.text}\n${b.url}` : b.text)).join('\n\n')
}

export function mailHtml(lang: Locale, subject: string, blocks: Block[]): string {
  const paragraphs = blocks.map((b) => {
    const lines = escapeHtml(b.text).replace(/\n/g, '<br>')
    // An address reads left to right in a right-to-left mail too.
    return b.url ? `<p>${lines}<br><a href="${escapeHtml(b.url)}" dir="ltr">${escapeHtml(b.url)}</a></p>` : `<p>${lines}</p>`
  })
  return `<!doctype html>
<html lang="${lang}" dir="${direction(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">
${paragraphs.join('\n')}
</body></html>
`
}

const absolute = (site: URL, path: string) => new URL(path, site).toString()
const withToken = (site: URL, lang: Locale, path: string, token: string) =>
  `${absolute(site, getPathname({ locale: lang, href: path }))}?${new URLSearchParams({ [TOKEN_PARAM]: token })}`

type AlertMailText = Awaited<ReturnType<typeof mailTranslator<'alertMail'>>>['t']

/** The headers and closing paragraphs every mail to a subscriber carries. */
function subscriberParts(t: AlertMailText, site: URL, lang: Locale, token: string) {
  const oneClick = absolute(site, oneClickUnsubscribePath(token))
  return {
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    manage: { text: t('manage'), url: withToken(site, lang, MANAGE_PATH, token) },
    unsubscribe: { text: t('unsubscribe'), url: withToken(site, lang, UNSUBSCRIBE_PATH, token) },
  }
}

function outgoing(key: string, recipient: string | null, lang: Locale, subject: string, blocks: Block[]) {
  return { key, recipient, locale: lang, subject, body: mailText(blocks), html: mailHtml(lang, subject, blocks) }
}

/** The one mail an unconfirmed address gets: a link to the page with the Confirm button. */
export async function confirmationMail(site: URL, subscription: Subscription): Promise<OutgoingMail> {
  const { lang, t } = await mailTranslator(subscription.locale, 'alertMail')
  const { headers, unsubscribe } = subscriberParts(t, site, lang, subscription.token)
  const sentAt = subscription.confirmationSentAt?.toISOString() ?? new Date().toISOString()
  return {
    ...outgoing(`alerts:confirm:${subscription.id}:${sentAt}`, subscription.email, lang, t('confirmSubject'), [
      { text: t('confirmIntro') },
      { text: t('confirmAction'), url: withToken(site, lang, CONFIRM_PATH, subscription.token) },
      { text: t('confirmIgnore') },
      unsubscribe,
    ]),
    subscriptionId: subscription.id,
    headers,
  }
}

/**
 * An alert's mail to each subscriber: in their language when the page it
 * announces is translated into it, in English otherwise; it names the
 * working group or consultation, links its page and gives the dates. What
 * does not depend on the subscriber is worked out once per language: an
 * alert may go to thousands.
 */
export function alertMailer(site: URL, content: Content, a: Announcement & { id: number }) {
  const languages = new Map<string, ReturnType<typeof inLanguage>>()
  async function inLanguage(wanted: string) {
    const entry =
      a.topic === 'calls'
        ? content.entry('working-groups', (await mailTranslator(wanted, 'alertMail')).lang, a.subject)
        : content.entry('publications', (await mailTranslator(wanted, 'alertMail')).lang, a.subject)
    const { lang, t } = await mailTranslator(entry?.locale ?? 'en', 'alertMail')
    const title = entry?.data.title ?? a.subject
    const path = a.topic === 'calls' ? `/working-groups/${a.subject}` : consultationPath(a.subject)
    const note = entry && 'callNote' in entry.data ? entry.data.callNote : undefined
    const blocks: Block[] = [
      { text: a.topic === 'calls' ? t('callIntro', { title }) : t('consultationIntro', { title }) },
      ...(note ? [{ text: note }] : []),
      { text: t('dates', { opens: formatMoment(lang, a.opens), closes: formatMoment(lang, a.closes) }) },
      { text: a.topic === 'calls' ? t('callLink') : t('consultationLink'), url: absolute(site, getPathname({ locale: lang, href: path })) },
      { text: t('why') },
    ]
    const subject = a.topic === 'calls' ? t('callSubject', { title }) : t('consultationSubject', { title })
    return { lang, t, blocks, subject }
  }
  return async (subscription: Subscription): Promise<OutgoingMail> => {
    if (!languages.has(subscription.locale)) languages.set(subscription.locale, inLanguage(subscription.locale))
    const { lang, t, blocks, subject } = await languages.get(subscription.locale)!
    const { headers, manage, unsubscribe } = subscriberParts(t, site, lang, subscription.token)
    return {
      ...outgoing(alertMailKey(a.id, subscription.id), subscription.email, lang, subject, [...blocks, manage, unsubscribe]),
      alertId: a.id,
      subscriptionId: subscription.id,
      headers,
      paced: true,
    }
  }
}

/** The Secretariat's notification (English) and the person's confirmation (their language). */
export async function callResponseMails(
  response: CallResponse,
  groupTitle: { en: string; own: string },
  contact: string,
  deskUrl: string,
): Promise<OutgoingMail[]> {
  const { lang, t } = await mailTranslator(response.locale, 'alertMail')
  const facts = [
    `Working group: ${groupTitle.en} (${response.workingGroup})`,
    `Name: ${response.name}`,
    `Organisation: ${response.organisation ?? '(not given)'}`,
    `E-mail: ${response.email}`,
    `Language: ${englishLanguageName(response.locale)}`,
  ]
  const notification: Block[] = [
    { text: `Someone would like to take part in the working group ${groupTitle.en}.` },
    { text: facts.join('\n') },
    ...(response.message ? [{ text: response.message }] : []),
    { text: 'In the staff desk:', url: deskUrl },
  ]
  const subject = `Call for participants, ${groupTitle.en}: ${response.name}`
  const confirmation: Block[] = [
    { text: t('takePartGreeting', { name: response.name }) },
    { text: t('takePartBody', { title: groupTitle.own }) },
    { text: t('signature', { contact }) },
  ]
  return [
    outgoing(`call-response:${response.id}:notification`, null, 'en', subject, notification),
    outgoing(
      `call-response:${response.id}:confirmation`,
      response.email,
      lang,
      t('takePartSubject', { title: groupTitle.own }),
      confirmation,
    ),
  ]
}
