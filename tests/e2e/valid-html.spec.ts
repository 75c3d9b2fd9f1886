// Valid HTML (the Nu HTML Checker, errors only) on one page of every
// template and every markdown page, in every language, the form pages as
// sent and as answered with errors (posted empty, without JavaScript), and
// the desk's sign-in and 404 pages: over the real build (project `site`) and
// the fixture build (project `fixture`). The signed-in desk pages are checked
// in desk-pages.spec.ts.
import { expect, test } from '@playwright/test'
import { CODE_ROUTES, checkSite } from '../../lib/routes'
import { FormClient, hiddenInputs } from '../support/form-client'
import { locales } from './crawl'
import { FIXTURE_CONTENT, localePath, SITE_CONTENT, searchWithResults, templatePages } from './site'
import { type HtmlPage, htmlErrors } from './vnu'

// The server action forms' own hidden fields (React puts the action id there).
const ACTION_FORM = 'name="$ACTION_'

test('every template, form and language is valid HTML', async ({ baseURL }, info) => {
  test.setTimeout(600_000)
  const contentDir = info.project.name === 'fixture' ? FIXTURE_CONTENT : SITE_CONTENT
  const { forms } = checkSite(contentDir)
  const htmlRoutes = CODE_ROUTES.filter((route) => !route.endsWith('.xml'))
  const paths: string[] = ['/staff/sign-in', '/staff/no-such-page']
  for (const locale of locales) {
    for (const target of templatePages(contentDir)) {
      paths.push(
        target.template === 'search-results' ? await searchWithResults(contentDir, baseURL!, locale) : localePath(locale, target.path),
      )
    }
    for (const route of [...htmlRoutes, ...forms]) paths.push(localePath(locale, route))
  }

  const client = new FormClient(baseURL!)
  const pages: HtmlPage[] = []
  const formPages = new Set([...locales.flatMap((l) => forms.map((f) => localePath(l, f))), '/staff/sign-in'])
  for (const path of new Set(paths)) {
    const page = await client.get(path)
    expect(page.status, path).toBeLessThan(500)
    pages.push({ name: path, html: page.body })
    // A form sent empty: the page again, with the errors next to the fields.
    if (formPages.has(path) && page.body.includes(ACTION_FORM)) {
      const answer = await client.post(path, hiddenInputs(page.body, '', ACTION_FORM))
      expect(answer.status, `${path} sent empty`).toBe(200)
      pages.push({ name: `${path} (sent empty)`, html: answer.body })
    }
  }
  expect(pages.filter((p) => p.name.endsWith('(sent empty)')).length, 'forms answered with errors').toBeGreaterThan(0)

  const errors = htmlErrors(pages)
  expect(errors, `${errors.length} error(s) in ${pages.length} pages:\n${errors.join('\n')}`).toEqual([])
})
