// Editing the site in the browser, on the default local store: a throwaway
// git repository (a copy of the fixture content, named by CONTENT_REPO) behind
// the fixture build, with a fresh database. The whole round with JavaScript
// off: an editor's bad value is refused next to its field with nothing
// committed, the fixed change becomes one branch with one commit touching one
// file (main and the working tree untouched, content:check passing on it),
// and an admin merges it on the desk. A conflict, a new entry, the GitHub
// store against a local fake of its API, then the editor pages in Arabic,
// axe, 390 and 1280 px and valid HTML.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Page, test } from '@playwright/test'
import { serveBuild, type RunningServer } from '../../scripts/serve-build'
import { bareClone, type ContentRepo, gitIn, makeContentRepo } from '../support/content-repo'
import { startFakeGitHub } from '../support/fake-github'
import { FormClient, hiddenInputs } from '../support/form-client'
import { addStaff } from '../support/staff-accounts'
import { type HtmlPage, htmlErrors } from './vnu'

test.describe.configure({ mode: 'default', timeout: 240_000 })

const FIXTURE = { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site' }
const EDITOR = { email: 'editor@example.org', password: 'editor-password-123' }
const ADMIN = { email: 'admin@example.org', password: 'admin-password-123' }
const MODERATOR = { email: 'moderator@example.org', password: 'moderator-password-1' }
const SECRETARIAT = { email: 'secretariat@example.org', password: 'secretariat-password-1' }
const FILE = 'content/fr/working-groups/alpha-group.md'
const EDIT_PATH = '/staff/content/fr/working-groups/alpha-group'
const ROOT = resolve(import.meta.dirname, '../..')

let repo: ContentRepo
let server: RunningServer
let mainBefore: string

const contentBranches = () =>
  gitIn(repo.dir, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/content/').split('\n').filter(Boolean)

// `npm run content:check` on a branch's content/, checked out aside.
function contentCheckOn(branch: string): string {
  const checkout = mkdtempSync(join(tmpdir(), 'ispcp-branch-'))
  try {
    execFileSync('sh', ['-c', `git -C "${repo.dir}" archive "${branch}" content | tar -x -C "${checkout}"`])
    return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(checkout, 'content') },
      encoding: 'utf8',
    })
  } finally {
    rmSync(checkout, { recursive: true, force: true })
  }
}

async function signedIn(
  browser: Browser,
  who: { email: string; password: string },
  options: { javaScript?: boolean; width?: number } = {},
) {
  const client = new FormClient(server.url)
  expect((await client.signIn(who.email, who.password)).status).toBe(303)
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? false,
    viewport: { width: options.width ?? 1280, height: 900 },
    baseURL: server.url,
  })
  await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: server.url })))
  return { context, client }
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  repo = makeContentRepo()
  // The English group's status was confirmed again (and its Arabic copied),
  // leaving the French translation to follow: the change this test proposes.
  for (const lang of ['en', 'ar']) {
    const path = join(repo.dir, `content/${lang}/working-groups/alpha-group.md`)
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s+value:) current$/m, '$1 past'))
  }
  gitIn(repo.dir, 'commit', '-q', '-am', 'The alpha group is past')
  mainBefore = gitIn(repo.dir, 'rev-parse', 'main').trim()
  server = await serveBuild({ env: { ...FIXTURE, CONTENT_REPO: repo.dir } })
  await addStaff({ dataDir: server.dataDir }, EDITOR.email, 'editor', EDITOR.password)
  await addStaff({ dataDir: server.dataDir }, ADMIN.email, 'admin', ADMIN.password)
  await addStaff({ dataDir: server.dataDir }, MODERATOR.email, 'moderator', MODERATOR.password)
})

test('the content pages are for editors and admins; an editor sees nothing else of the desk', async () => {
  const moderator = new FormClient(server.url)
  expect((await moderator.signIn(MODERATOR.email, MODERATOR.password)).status).toBe(303)
  for (const path of ['/staff/content', EDIT_PATH, '/staff/content/new']) {
    const answer = await moderator.get(path)
    expect(answer.status, path).toBe(403)
    expect(answer.body, path).not.toContain('alpha-group.md')
  }
  const editor = new FormClient(server.url)
  expect((await editor.signIn(EDITOR.email, EDITOR.password)).status).toBe(303)
  for (const path of ['/staff/comments', '/staff/applications', '/staff/audit', '/staff/accounts'])
    expect((await editor.get(path)).status, path).toBe(403)
  const home = await editor.get('/staff')
  expect([303, 307]).toContain(home.status)
  expect(home.location).toMatch(/\/staff\/content$/)
  expect((await editor.get('/staff/content')).body).not.toMatch(/href="\/staff\/(comments|audit)"/)
})

test.afterAll(async () => {
  await server?.stop()
  repo?.remove()
})

test('an editor proposes a change with JavaScript off; the bad value first is refused next to its field; an admin merges it', async ({
  browser,
}) => {
  const { context } = await signedIn(browser, EDITOR)
  const page = await context.newPage()
  await page.goto('/staff')
  await expect(page).toHaveURL(/\/staff\/content$/)
  await expect(page.getByRole('link', { name: /^fr: / }).first()).toBeVisible()
  await page.goto(EDIT_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${FILE}`)

  // 1. status.value and the summary, and a topic added (the list's button posts the form, which comes back as typed).
  await page.selectOption('[name="field:status.value"]', 'past')
  await page.fill('[name="field:summary"]', 'Un groupe de travail de test, désormais terminé.')
  await page.getByRole('button', { name: 'Add an item to topics' }).click()
  await expect(page.locator('[name="field:summary"]')).toHaveValue('Un groupe de travail de test, désormais terminé.')
  await expect(page.locator('[name="field:status.value"]')).toHaveValue('past')
  await page.selectOption('[name="field:topics.2"]', 'transfers')

  // 2. A bad status.asOf: the check's words next to the field, the values kept, nothing committed.
  await page.fill('[name="field:status.asOf"]', 'last spring')
  await page.getByRole('button', { name: 'Propose change' }).click()
  const asOf = page.locator('#field-status-asOf')
  await expect(page.locator('#field-status-asOf-error')).toHaveText('expected YYYY, YYYY-MM or YYYY-MM-DD, got "last spring"')
  await expect(asOf).toHaveAttribute('aria-invalid', 'true')
  await expect(asOf).toHaveAttribute('aria-describedby', 'field-status-asOf-error')
  await expect(page.getByRole('alert')).toContainText(`${FILE}: status.asOf: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last spring"`)
  await expect(asOf).toHaveValue('last spring')
  await expect(page.locator('[name="field:summary"]')).toHaveValue('Un groupe de travail de test, désormais terminé.')
  await expect(page.locator('[name="field:topics.2"]')).toHaveValue('transfers')
  expect(contentBranches()).toEqual([])

  // 3. Fixed, and proposed.
  await page.fill('[name="field:status.asOf"]', '2026-01')
  await page.fill('[name=message]', 'The alpha group is past (French)')
  await page.getByRole('button', { name: 'Propose change' }).click()
  await expect(page).toHaveURL(/\/staff\/content\?proposed=/)
  await expect(page.getByRole('status')).toHaveText('Change proposed on branch content/fr/working-groups/alpha-group.')
  await context.close()

  // 4. One branch, one commit, one file; main and the working tree as they were; the content check passes on it.
  expect(contentBranches()).toEqual(['content/fr/working-groups/alpha-group'])
  const branch = 'content/fr/working-groups/alpha-group'
  expect(gitIn(repo.dir, 'rev-parse', 'main').trim()).toBe(mainBefore)
  expect(gitIn(repo.dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main')
  expect(gitIn(repo.dir, 'status', '--porcelain')).toBe('')
  expect(gitIn(repo.dir, 'rev-list', `main..${branch}`).trim().split('\n')).toHaveLength(1)
  expect(gitIn(repo.dir, 'diff', '--name-only', 'main', branch).trim()).toBe(FILE)
  const proposed = gitIn(repo.dir, 'show', `${branch}:${FILE}`)
  expect(proposed).toMatch(/^ {2}value: past$/m)
  expect(proposed).toContain('topics: [security, naming, transfers]')
  expect(gitIn(repo.dir, 'log', '-1', '--format=%B', branch)).toContain(`Co-authored-by: ${EDITOR.email} <${EDITOR.email}>`)
  expect(contentCheckOn(branch)).toMatch(/^content OK/m)

  // 5. An admin merges it on the desk.
  const admin = await signedIn(browser, ADMIN)
  const adminPage = await admin.context.newPage()
  await adminPage.goto('/staff/content')
  await expect(adminPage.getByText('The alpha group is past (French)')).toBeVisible()
  await adminPage.getByRole('button', { name: `Merge ${branch}` }).click()
  await expect(adminPage.getByRole('status')).toContainText(`${branch} was merged into main`)
  expect(contentBranches()).toEqual([])
  const merge = gitIn(repo.dir, 'rev-list', '--parents', '-n', '1', 'main').trim().split(' ')
  expect(merge.slice(1)).toEqual([mainBefore, expect.stringMatching(/^[0-9a-f]{40}$/)])
  expect(gitIn(repo.dir, 'show', `main:${FILE}`)).toBe(proposed)
  // Every step is in the audit log.
  const audit = await admin.client.get('/staff/audit')
  for (const action of ['content-refused', 'content-proposed', 'content-merged']) expect(audit.body).toContain(action)
  await admin.context.close()
})

test('a save from a form opened before someone else changed the file is refused with the difference', async ({ browser }) => {
  const { context } = await signedIn(browser, EDITOR)
  const page = await context.newPage()
  await page.goto('/staff/content/en/working-groups/beta-group')
  const path = join(repo.dir, 'content/en/working-groups/beta-group.md')
  const before = gitIn(repo.dir, 'rev-parse', 'main').trim()
  // Someone else's change lands on main meanwhile.
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: Beta group, renamed elsewhere'))
  // Only that file: the working tree still holds main's files from before the desk's merge, which -a would commit back.
  gitIn(repo.dir, 'commit', '-q', '-m', 'Renamed elsewhere', '--', path)
  await page.fill('[name="field:summary"]', 'My own summary of the beta working group.')
  await page.getByRole('button', { name: 'Propose change' }).click()
  await expect(page.getByRole('alert')).toContainText('content/en/working-groups/beta-group.md changed since you opened it')
  await expect(page.getByRole('alert')).toContainText('+title: Beta group, renamed elsewhere')
  await expect(page.locator('[name="field:summary"]')).toHaveValue('My own summary of the beta working group.')
  expect(contentBranches()).toEqual([])
  expect(gitIn(repo.dir, 'rev-parse', 'main~1').trim()).toBe(before)
  await context.close()
})

test('Enter in a field proposes the change (the form is checked), not the list button first in the form', async ({ browser }) => {
  const { context } = await signedIn(browser, EDITOR)
  const page = await context.newPage()
  await page.goto('/staff/content/en/working-groups/beta-group')
  const topics = page.locator('[name^="field:topics."]')
  const before = await topics.evaluateAll((inputs) => inputs.map((i) => (i as HTMLSelectElement).value))
  expect(before).toEqual(['transfers'])
  await page.fill('[name="field:status.asOf"]', 'soon')
  await page.press('[name="field:status.asOf"]', 'Enter')
  // Checked like "Propose change": the check's words next to the field, the list as it was.
  await expect(page.locator('#field-status-asOf-error')).toHaveText('expected YYYY, YYYY-MM or YYYY-MM-DD, got "soon"')
  await expect(page.locator('[name="field:status.asOf"]')).toHaveValue('soon')
  expect(await topics.evaluateAll((inputs) => inputs.map((i) => (i as HTMLSelectElement).value))).toEqual(before)
  expect(contentBranches()).toEqual([])
  await context.close()
})

test('a new working group: its name is checked, then its form proposes the English file', async ({ browser }) => {
  const { context } = await signedIn(browser, EDITOR)
  const page = await context.newPage()
  await page.goto('/staff/content')
  await page.getByRole('link', { name: 'New working group or publication' }).click()
  await page.fill('[name=slug]', 'Omega Group')
  await page.getByRole('button', { name: 'Open the form' }).click()
  await expect(page.locator('#slug-error')).toContainText('lower-case letters and digits')
  await expect(page.locator('[name=slug]')).toHaveValue('Omega Group')
  await page.fill('[name=slug]', 'alpha-group')
  await page.getByRole('button', { name: 'Open the form' }).click()
  await expect(page.locator('#slug-error')).toHaveText('content/en/working-groups/alpha-group.md already exists: choose another name.')
  await page.fill('[name=slug]', 'omega-group')
  await page.getByRole('button', { name: 'Open the form' }).click()
  await expect(page).toHaveURL(/\/staff\/content\/en\/working-groups\/omega-group\?new=1$/)
  await page.fill('[name="field:title"]', 'Omega working group')
  await page.fill('[name="field:summary"]', 'A working group proposed from the desk.')
  await page.selectOption('[name="field:status.value"]', 'unknown')
  await page.fill('[name="field:status.asOf"]', '2026')
  await page.fill('[name="field:status.source"]', 'The staff desk test')
  // No topic yet: the check's words, then one added.
  await page.getByRole('button', { name: 'Propose change' }).click()
  await expect(page.getByRole('alert')).toContainText('content/en/working-groups/omega-group.md: topics:')
  await page.getByRole('button', { name: 'Add an item to topics' }).click()
  await page.selectOption('[name="field:topics.0"]', 'security')
  await page.fill('[name=body]', 'The omega working group, proposed from the desk.')
  await page.getByRole('button', { name: 'Propose change' }).click()
  await expect(page.getByRole('status')).toHaveText('Change proposed on branch content/en/working-groups/omega-group.')
  expect(gitIn(repo.dir, 'diff', '--name-status', 'main', 'content/en/working-groups/omega-group').trim()).toBe(
    'A\tcontent/en/working-groups/omega-group.md',
  )
  await context.close()
})

test('a new working group opens its French translation: listed as missing, translated beside the English, proposed on the same branch', async ({
  browser,
}) => {
  const { context } = await signedIn(browser, EDITOR)
  const page = await context.newPage()
  await page.goto('/staff/content/new')
  await page.fill('[name=slug]', 'theta-group')
  await page.getByRole('checkbox', { name: 'French' }).check()
  await page.getByRole('button', { name: 'Open the form' }).click()
  await expect(page).toHaveURL(/\/staff\/content\/en\/working-groups\/theta-group\?new=1&translations=fr$/)
  await page.fill('[name="field:title"]', 'Theta working group')
  await page.fill('[name="field:summary"]', 'A working group proposed from the desk.')
  await page.selectOption('[name="field:status.value"]', 'unknown')
  await page.fill('[name="field:status.asOf"]', '2026')
  await page.fill('[name="field:status.source"]', 'The staff desk test')
  await page.getByRole('button', { name: 'Add an item to topics' }).click()
  await page.selectOption('[name="field:topics.0"]', 'security')
  await page.fill('[name=body]', 'The theta working group, proposed from the desk.')
  await page.getByRole('button', { name: 'Propose change' }).click()
  const branch = 'content/en/working-groups/theta-group'
  await expect(page.getByRole('status')).toHaveText(`Change proposed on branch ${branch}.`)
  // Nothing written for the French yet; the list shows it as missing, to translate.
  expect(gitIn(repo.dir, 'diff', '--name-status', 'main', branch).trim()).toBe('A\tcontent/en/working-groups/theta-group.md')
  const row = page.getByRole('row', { name: /theta-group/ })
  await expect(row).toContainText(`new, proposed on ${branch}`)
  await expect(row).toContainText('fr: missing')
  await expect(row).not.toContainText('ar:')
  await row.getByRole('link', { name: 'Translate theta-group into French' }).click()

  // An empty form, the English beside each field; the status (held to the English's) kept.
  await expect(page).toHaveURL(/\/staff\/content\/fr\/working-groups\/theta-group$/)
  await expect(page.locator('[name="field:title"]')).toHaveValue('')
  await expect(page.locator('[name="field:summary"]')).toHaveValue('')
  await expect(page.locator('[name=body]')).toHaveValue('')
  await expect(page.getByText('English: Theta working group')).toBeVisible()
  await expect(page.locator('[name="field:status.asOf"]')).toHaveValue('2026')
  await page.fill('[name="field:title"]', 'Groupe de travail thêta')
  await page.fill('[name="field:summary"]', 'Un groupe de travail proposé depuis le bureau.')
  await page.fill('[name="field:status.source"]', 'Le test du bureau')
  await page.fill('[name=body]', 'Le groupe de travail thêta, proposé depuis le bureau.')
  await page.getByRole('button', { name: 'Propose change' }).click()
  await expect(page.getByRole('status')).toHaveText(`Your edit was added to the change already open on ${branch}.`)
  await expect(page.getByRole('row', { name: /theta-group/ }).getByRole('link', { name: 'fr: translated' })).toBeVisible()
  await context.close()

  // Both files on the English's branch, the French made from it, the content check passing there.
  expect(gitIn(repo.dir, 'diff', '--name-status', 'main', branch).trim().split('\n')).toEqual([
    'A\tcontent/en/working-groups/theta-group.md',
    'A\tcontent/fr/working-groups/theta-group.md',
  ])
  expect(gitIn(repo.dir, 'show', `${branch}:content/fr/working-groups/theta-group.md`)).toMatch(/^translatedFrom: \{/m)
  expect(contentCheckOn(branch)).toMatch(/^content OK/m)
})

test('on GitHub (a local fake of its API): the change becomes a pull request the desk shows with its checks, and the token stays on the server', async ({
  browser,
}) => {
  const TOKEN = 'ghp_secret-token-that-must-stay-on-the-server'
  const source = makeContentRepo()
  const bare = bareClone(source.dir)
  source.remove()
  const github = await startFakeGitHub(bare.dir, 'example', 'site')
  const onGitHub = await serveBuild({
    env: { ...FIXTURE, CONTENT_REPO: 'github:example/site', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url },
  })
  try {
    await addStaff({ dataDir: onGitHub.dataDir }, EDITOR.email, 'editor', EDITOR.password)
    const client = new FormClient(onGitHub.url)
    expect((await client.signIn(EDITOR.email, EDITOR.password)).status).toBe(303)
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: onGitHub.url })
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: onGitHub.url })))
    const page = await context.newPage()
    const seen: string[] = []
    page.on('response', async (response) => seen.push(await response.text().catch(() => '')))
    await page.goto('/staff/content/en/working-groups/beta-group')
    await page.fill('[name="field:summary"]', 'A summary of the beta working group, proposed on GitHub.')
    await page.fill('[name=message]', 'Beta summary')
    await page.getByRole('button', { name: 'Propose change' }).click()
    await expect(page.getByRole('status')).toHaveText('Change proposed on branch content/en/working-groups/beta-group.')
    expect(github.pulls).toMatchObject([{ number: 1, head: 'content/en/working-groups/beta-group', base: 'main', title: 'Beta summary' }])
    expect(github.pulls[0]!.body).toContain(EDITOR.email)
    const head = gitIn(bare.dir, 'rev-parse', 'content/en/working-groups/beta-group').trim()
    github.checkRuns[head] = [{ status: 'completed', conclusion: 'success' }]
    await page.goto('/staff/content')
    const change = page.locator('li', { hasText: 'Beta summary' })
    await expect(change).toContainText('open · checks: success')
    await expect(change.getByRole('link', { name: 'pull request #1' })).toHaveAttribute(
      'href',
      'https://github.example/example/site/pull/1',
    )
    // Merged on GitHub: the desk says so.
    github.pulls[0]!.state = 'closed'
    github.pulls[0]!.merged = true
    await page.reload()
    await expect(page.locator('li', { hasText: 'Beta summary' })).toContainText('merged')
    expect([...github.authorizations]).toEqual([`token ${TOKEN}`])
    expect(seen.join('\n')).not.toContain(TOKEN)
    await context.close()
  } finally {
    await onGitHub.stop()
    await github.close()
    bare.remove()
  }
})

test('with no repository to propose to, the content pages say how to set one, and the report of public comments stays a download', async () => {
  const nowhere = mkdtempSync(join(tmpdir(), 'ispcp-no-repo-'))
  const bare = await serveBuild({ env: { ...FIXTURE, CONTENT_REPO: nowhere } })
  try {
    await addStaff({ dataDir: bare.dataDir }, EDITOR.email, 'editor', EDITOR.password)
    const client = new FormClient(bare.url)
    expect((await client.signIn(EDITOR.email, EDITOR.password)).status).toBe(303)
    for (const path of ['/staff/content', EDIT_PATH, '/staff/content/new']) {
      const answer = await client.get(path)
      expect(answer.status, path).toBe(200)
      expect(answer.body, path).toContain('Editing in the browser is not set up on this server.')
      expect(answer.body, path).toContain(`CONTENT_REPO=${nowhere} is not a git repository.`)
    }
    // The report of public comments after the close stays a download, and the page says why.
    await addStaff({ dataDir: bare.dataDir }, SECRETARIAT.email, 'secretariat', SECRETARIAT.password)
    const secretariat = new FormClient(bare.url)
    expect((await secretariat.signIn(SECRETARIAT.email, SECRETARIAT.password)).status).toBe(303)
    const desk = (await secretariat.get('/staff/comments/basil-consultation')).body
    expect(desk).toContain('href="/staff/comments/basil-consultation/report"')
    expect(desk).toContain(`It cannot be proposed as a change from here: CONTENT_REPO=${nowhere} is not a git repository.`)
    expect(desk).not.toContain('Propose the report')
  } finally {
    await bare.stop()
    rmSync(nowhere, { recursive: true, force: true })
  }
})

async function layout(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }))
}

test('the editor pages: Arabic right to left, axe-clean at 390 and 1280 px without scrolling sideways, valid HTML with and without errors', async ({
  browser,
}) => {
  const pages = [
    '/staff/content',
    EDIT_PATH,
    '/staff/content/ar/working-groups/alpha-group',
    '/staff/content/en/publications/heliotrope-statement',
    '/staff/content/new',
  ]
  const { context, client } = await signedIn(browser, EDITOR, { javaScript: true, width: 390 })
  const page = await context.newPage()
  await page.goto('/staff/content/ar/working-groups/alpha-group')
  for (const field of ['#field-title', '#field-summary', '#field-status-source', '#field-body']) {
    await expect(page.locator(field)).toHaveAttribute('dir', 'rtl')
    await expect(page.locator(field)).toHaveAttribute('lang', 'ar')
  }
  // Dates and addresses are the same in every language: left to right.
  for (const field of ['#field-status-asOf', '#field-updated', '#field-link'])
    await expect(page.locator(field)).toHaveAttribute('dir', 'ltr')
  const problems: string[] = []
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    for (const path of pages) {
      await page.goto(path)
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      problems.push(...axe.violations.map((v) => `${width} px ${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
      const { scrollWidth, clientWidth } = await layout(page)
      if (scrollWidth > clientWidth) problems.push(`${width} px ${path}: ${scrollWidth} px wide in ${clientWidth} px`)
      await page.screenshot({ path: `test-results/content-screenshots/${path.replace(/\W+/g, '_')}-${width}.png`, fullPage: true })
    }
  }
  // With JavaScript, a bad value comes back the same way, next to the field.
  await page.goto(EDIT_PATH)
  await page.fill('[name="field:status.asOf"]', 'soon')
  await page.getByRole('button', { name: 'Propose change' }).click()
  await expect(page.locator('#field-status-asOf-error')).toHaveText('expected YYYY, YYYY-MM or YYYY-MM-DD, got "soon"')
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  problems.push(...axe.violations.map((v) => `with errors: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
  expect(problems).toEqual([])
  await context.close()

  const html: HtmlPage[] = []
  for (const path of pages) html.push({ name: path, html: (await client.get(path)).body })
  // The form as answered without JavaScript, with errors next to its fields.
  const form = await client.get(EDIT_PATH)
  const answered = await client.post(EDIT_PATH, {
    ...hiddenInputs(form.body, 'field:title'),
    'field:title': '',
    'field:status.asOf': 'soon',
    body: '',
  })
  expect(answered.status).toBe(200)
  expect(answered.body).toContain('id="field-status-asOf-error"')
  html.push({ name: `${EDIT_PATH} (answered with errors)`, html: answered.body })
  const errors = htmlErrors(html)
  expect(errors, errors.join('\n')).toEqual([])
})
