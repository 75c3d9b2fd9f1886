// The mails an application causes: the Secretariat's notification (in
// English, like the desk), the applicant's confirmation and the decision,
// in the language the applicant used (lib/i18n/messages/*.json).
import { applicationFacts } from '../application-facts'
import { eligibilityCheck } from '../content'
import type { Application } from '../db/queries/applications'
import type { OutgoingMail } from '../db/queries/outbox'
import { defaultLocale } from '../i18n/config'
import { mailTranslator } from './translator'

const translator = (locale: string) => mailTranslator(locale, 'applicationMail')

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
