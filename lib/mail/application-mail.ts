// The mails an application causes: the Secretariat's notification (in
// English, like the desk), the applicant's confirmation and the decision,
// in the language the applicant used (lib/i18n/messages/*.json).
import { createTranslator } from 'next-intl'
import { applicationFacts } from '../application-facts'
import { eligibilityCheck } from '../content'
import type { Application } from '../db/queries/applications'
import type { OutgoingMail } from '../db/queries/outbox'
import { defaultLocale, isLocale, type Locale } from '../i18n/config'
import type en from '../i18n/messages/en.json'

async function translator(locale: string) {
  const lang: Locale = isLocale(locale) ? locale : defaultLocale
  const messages = (await import(`../i18n/messages/${lang}.json`)).default as typeof en
  return { lang, t: createTranslator({ locale: lang, messages, namespace: 'applicationMail' }) }
}

const fields = (a: Application) => ({ name: a.representative, organisation: a.organisation, reference: a.reference })

export async function applicationMails(application: Application, contact: string, deskUrl: string): Promise<OutgoingMail[]> {
  const { lang, t } = await translator(application.locale)
  const a = application
  const notification = [
    `A membership application has arrived: ${a.reference}.`,
    '',
    ...applicationFacts(a, eligibilityCheck(defaultLocale)?.criteria ?? []).map(
      ([term, value]) => `${term}: ${Array.isArray(value) ? value.join('; ') : value}`,
    ),
    '',
    a.statement,
    '',
    `In the staff desk: ${deskUrl}`,
  ].join('\n')
  return [
    {
      key: `application:${a.id}:notification`,
      applicationId: a.id,
      recipient: null,
      locale: 'en',
      subject: `Membership application ${a.reference}: ${a.organisation}`,
      body: notification,
    },
    {
      key: `application:${a.id}:confirmation`,
      applicationId: a.id,
      recipient: a.email,
      locale: lang,
      subject: t('confirmationSubject', fields(a)),
      body: t('confirmationBody', { ...fields(a), contact }),
    },
  ]
}

export type Decision = 'accepted' | 'declined'

export async function decisionMail(application: Application, decision: Decision, contact: string): Promise<OutgoingMail> {
  const { lang, t } = await translator(application.locale)
  const a = application
  return {
    key: `application:${a.id}:decision:${decision}`,
    applicationId: a.id,
    recipient: a.email,
    locale: lang,
    subject: decision === 'accepted' ? t('acceptedSubject', fields(a)) : t('declinedSubject', fields(a)),
    body: decision === 'accepted' ? t('acceptedBody', { ...fields(a), contact }) : t('declinedBody', { ...fields(a), contact }),
  }
}
