// The README's editing recipes, applied to a copy of content/: what staff do
// in a pull request must keep the site valid and show up in every language.
// (The browser tests hold no slug, phrase or count of content/, so the same
// edits cannot break them either.)
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import matter from 'gray-matter'
import { afterAll, describe, expect, it } from 'vitest'
import { reportFile } from '@/lib/consultations/report'
import { ELIGIBILITY_PAGE } from '@/lib/eligibility'
import { type CollectionName, loadContent } from '@/lib/content'
import { type Locale, locales } from '@/lib/i18n/config'
import { checkSite } from '@/lib/routes'
import { filterPath } from '@/lib/working-group-filter'

const root = join(import.meta.dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'recipes-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
cpSync(join(root, 'content'), dir, { recursive: true })

const before = checkSite(dir)

// "Adding a working group": copy the file the README names, edit its front matter.
const template = /Copy `content\/(en\/working-groups\/[^`]+\.md)`/.exec(readme)?.[1]
const NEW_GROUP = 'recipe-test-group'
// "Adding a page" (Collections: pages/): a file under content/en/pages/.
const NEW_PAGE = 'recipe-test-page'
// A page nothing links to, renamed in every language ("translate nothing").
const linked = new Set(before.content.files().flatMap((e) => e.links))
const unlinked = before.content
  .slugs('pages')
  .find(
    (slug) =>
      slug !== 'index' && slug !== ELIGIBILITY_PAGE && !linked.has(`/${slug}`) && !before.content.entry('pages', 'en', slug)!.data.lists,
  )
const RENAMED = 'recipe-test-renamed'

describe("the README's recipes", () => {
  it('name a working-group file that exists', () => {
    expect(template, 'the README says which file to copy').toBeDefined()
    expect(existsSync(join(dir, template!))).toBe(true)
  })

  it('keep the site valid and show the new pages in every language', () => {
    const group = matter(readFileSync(join(dir, template!), 'utf8'))
    group.data.title = 'Recipe test group'
    group.data.status = { value: 'current', asOf: '2026-11', source: 'The recipe test' }
    group.data.topics = ['security']
    writeFileSync(join(dir, 'en/working-groups', `${NEW_GROUP}.md`), matter.stringify(group.content, group.data))

    writeFileSync(
      join(dir, 'en/pages', `${NEW_PAGE}.md`),
      `---\ntitle: A new page\ndescription: "Added by the recipe test."\nupdated: "2026-01-01"\n---\nSome text, with a link to [membership](/membership).\n`,
    )

    // Without an unlinked page in content/, the new page (nothing links to it) is renamed.
    const from = unlinked ?? NEW_PAGE
    for (const locale of readdirSync(dir)) {
      const file = join(dir, locale, 'pages', `${from}.md`)
      if (existsSync(file)) renameSync(file, join(dir, locale, 'pages', `${RENAMED}.md`))
    }

    const { content, paths } = checkSite(dir)
    expect(paths).toContain(`/working-groups/${NEW_GROUP}`)
    expect(paths).toContain(`/${RENAMED}`)
    expect(paths).not.toContain(`/${from}`)
    if (from !== NEW_PAGE) expect(paths).toContain(`/${NEW_PAGE}`)
    expect(paths).toContain(filterPath({ status: 'current', topic: 'security' }))
    // Everything that was there still is, but for the renamed page.
    expect(before.paths.filter((p) => p !== `/${from}` && !paths.includes(p))).toEqual([])

    // Every language has them (the English text until translated), as the sitemap lists them.
    for (const locale of locales) {
      expect(content.entry('working-groups', locale, NEW_GROUP)?.data.status.value, locale).toBe('current')
      expect(content.entry('pages', locale, RENAMED), locale).toBeDefined()
      if (from !== NEW_PAGE) expect(content.entry('pages', locale, NEW_PAGE), locale).toBeDefined()
      const groups = content
        .entries('working-groups', locale)
        .filter((g) => g.data.status.value === 'current' && g.data.topics.includes('security'))
      expect(
        groups.map((g) => g.slug),
        locale,
      ).toContain(NEW_GROUP)
    }
  })

  // "Translations": after an English edit, the page's translations are
  // outdated until the README's command marks one of them current.
  it('mark a reviewed translation current with the command the README gives', () => {
    const command = /`npm run content:status -- (--mark ([a-z]+) ([a-z-]+)\/([a-z0-9-]+))`/.exec(readme)
    expect(command, 'the README gives the command').not.toBeNull()
    const [, args, locale, collection, slug] = command! as unknown as [string, string, Locale, CollectionName, string]
    const copy = mkdtempSync(join(tmpdir(), 'recipes-translation-'))
    try {
      cpSync(join(root, 'content'), copy, { recursive: true })
      const english = join(copy, 'en', collection, `${slug}.md`)
      expect(existsSync(join(copy, locale, collection, `${slug}.md`)), 'the example names a translation').toBe(true)
      const page = matter(readFileSync(english, 'utf8'))
      page.data.title = `${page.data.title} (revised)`
      writeFileSync(english, matter.stringify(page.content, page.data))
      const states = () => {
        const content = loadContent(copy)
        return locales.slice(1).filter((l) => content.translationState(collection, l, slug) === 'outdated')
      }
      const translated = states()
      expect(translated).toContain(locale)

      const run = (...extra: string[]) =>
        execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/content-status.ts'), ...extra], {
          env: { ...process.env, CONTENT_DIR: copy },
          encoding: 'utf8',
        })
      expect(run()).toContain(`${locale} ${collection}/${slug}: title`)
      run(...args.split(' '))
      expect(states()).toEqual(translated.filter((l) => l !== locale))
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  }, 120_000) // two tsx runs of the content status, slow on a busy machine

  // "Report of public comments": the generated file, saved where the README
  // says, is valid content and is linked from its statement.
  it('place the report of public comments where the README says', () => {
    const place = /Save it as `content\/(en\/publications\/)<file name>(-report\.md)`/.exec(readme)
    expect(place, 'the README says where the report goes').not.toBeNull()
    const slug = before.content.slugs('publications').find((s) => before.content.entry('publications', 'en', s)!.data.consultation)
    expect(slug, 'content/ has a consultation').toBeDefined()
    const report = reportFile(before.content.entry('publications', 'en', slug!)!, [], new Date())
    const path = `${place![1]}${slug}${place![2]}`
    expect(report.path).toBe(`content/${path}`)
    writeFileSync(join(dir, path), report.text)
    const { content } = checkSite(dir)
    expect(content.entries('publications', 'en').find((e) => e.data.reportOf === slug)?.slug).toBe(`${slug}-report`)
  })

  it('open a call for participants with the block the README gives', () => {
    const block = /\*\*Opening a call for participants\.\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block, 'the README gives the front matter').toBeDefined()
    const copy = mkdtempSync(join(tmpdir(), 'recipes-call-'))
    try {
      cpSync(join(root, 'content'), copy, { recursive: true })
      const slug = before.content.slugs('working-groups')[0]!
      const file = join(copy, 'en/working-groups', `${slug}.md`)
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\nupdated:/, `\n${block!.trimEnd()}\nupdated:`))
      // Each translation copies the dates (the README says so) and keeps its own text.
      const call = /call:\n(?: .*\n)+/.exec(block!)![0]
      for (const locale of locales.slice(1)) {
        const translation = join(copy, locale, 'working-groups', `${slug}.md`)
        if (existsSync(translation))
          writeFileSync(translation, readFileSync(translation, 'utf8').replace(/\nupdated:/, `\n${call.trimEnd()}\nupdated:`))
      }
      const { forms, live, content } = checkSite(copy)
      expect(forms).toContain(`/working-groups/${slug}/take-part`)
      expect(live).toContain(`/working-groups/${slug}`)
      expect(content.entry('working-groups', 'en', slug)!.data.callNote).toBeTruthy()
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
