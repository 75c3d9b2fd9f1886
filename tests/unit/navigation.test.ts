import { join } from 'node:path'
import { createNavigation } from 'next-intl/navigation'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content'
import { locales } from '@/lib/i18n/config'
import { getPathname } from '@/lib/i18n/navigation'
import { routing } from '@/lib/i18n/routing'
import { sitePaths } from '@/lib/routes'

const site = join(import.meta.dirname, '../fixtures/content/site')

describe('getPathname', () => {
  it("gives every page's path in every language exactly as next-intl's navigation does", () => {
    const nextIntl = createNavigation(routing).getPathname
    const paths = [...sitePaths(loadContent(site)), '/search?q=a%20b', '/working-groups#list']
    for (const locale of locales) {
      for (const href of paths) expect(getPathname({ locale, href }), `${locale} ${href}`).toBe(nextIntl({ locale, href }))
    }
    expect(getPathname({ locale: 'fr', href: '/about' })).toBe('/fr/about')
    expect(getPathname({ locale: 'ar', href: '/' })).toBe('/ar')
  })
})
