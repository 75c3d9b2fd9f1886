import { LanguageSwitcher } from '@/components/language-switcher'
import { PrimaryNav } from '@/components/primary-nav'
import { SearchBox } from '@/components/search-box'
import { SiteHeader } from '@/components/site-header'
import { navigation } from '@/lib/content'
import { languageName, locales, type Locale } from '@/lib/i18n/config'
import { getTranslations } from 'next-intl/server'
import { localHref } from '@/lib/views'

// The header of the page at `path` (without the language). It lives in a
// parallel route (the @header slot) because a layout never learns the
// path, and the header needs it on the server: the language switcher's
// links and the navigation's aria-current are in the HTML, for reading
// pages that ship no JavaScript.
export async function LocaleHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale })
  const homeHref = localHref(locale, '/')
  const current = localHref(locale, path)
  const nav = navigation(locale).map((item) => ({ href: localHref(locale, item.path), label: item.label }))
  return (
    <SiteHeader
      homeHref={homeHref}
      shortName={t('site.shortName')}
      tagline={t('site.tagline')}
      nav={<PrimaryNav links={nav} label={t('nav.label')} homeHref={homeHref} current={current} />}
      menuLabel={t('nav.menu')}
      languageLabel={t('language.label')}
      languageName={languageName(locale)}
      languageSwitcher={
        <LanguageSwitcher
          current={locale}
          from={current}
          label={t('language.label')}
          languages={locales.map((l) => ({ locale: l, name: languageName(l) }))}
        />
      }
      searchLabel={t('search.button')}
      search={
        <SearchBox
          action={localHref(locale, '/search')}
          name={t('search.label')}
          label={t('search.label')}
          buttonLabel={t('search.button')}
          id="site-search"
        />
      }
    />
  )
}
