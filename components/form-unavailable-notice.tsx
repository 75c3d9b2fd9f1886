import { getTranslations } from 'next-intl/server'
import { databaseUnavailable } from '@/lib/forms/availability'
import type { Locale } from '@/lib/i18n/config'
import { ServiceNotice } from './service-notice'

// Above a form whose database the proxy found unreachable (the page then
// answers 503): why sending will not work just now.
export async function FormUnavailableNotice({ locale }: { locale: Locale }) {
  if (!(await databaseUnavailable())) return null
  const t = await getTranslations({ locale, namespace: 'forms' })
  return <ServiceNotice className="mt-6">{t('unavailable')}</ServiceNotice>
}
