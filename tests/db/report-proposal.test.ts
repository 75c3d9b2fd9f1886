// Issue 24 after the close, with issue 21's editor: the draft report of
// public comments proposed as a change to a throwaway local git repository
// holding the fixture content. One branch, commits touching only the report,
// the content check passing on the branch, each proposal audited.
import { join } from 'node:path'
import { and, eq, sql } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { loadContent } from '../../lib/content'
import { openReportChange, proposeReport } from '../../lib/consultations/propose-report'
import { reportFile } from '../../lib/consultations/report'
import type { ExportedComment } from '../../lib/db/queries/comments'
import { auditLog } from '../../lib/db/schema'
import { LocalGitStore } from '../../lib/editing/local-store'
import { lintLanguage } from '../../lib/i18n/style/lint'
import { checkSite } from '../../lib/routes'
import { type ContentRepo, gitIn, makeContentRepo } from '../support/content-repo'
import { testDatabase, unique } from './connect'

const { db } = testDatabase()
const CONSULTATION = 'basil-consultation'
const REPORT = `content/en/publications/${CONSULTATION}-report.md`

let repo: ContentRepo | undefined
afterEach(() => repo?.remove())

const comment = (id: number, point: number | null, body: string): ExportedComment => ({
  id,
  status: 'published',
  point,
  createdAt: new Date('2020-06-01T12:00:00Z'),
  name: `Commenter ${id}`,
  organisation: null,
  email: `${id}@example.org`,
  locale: 'en',
  body,
  decidedAt: null,
  decidedBy: null,
})

describe('the report of public comments proposed as a change', () => {
  it('goes on one branch, one commit per proposal touching only the report, and passes content:check there', async () => {
    repo = makeContentRepo()
    // The fixture ships this consultation's report: take it away, as before anyone proposed it.
    gitIn(repo.dir, 'rm', '-q', REPORT)
    gitIn(repo.dir, 'commit', '-q', '-m', 'No report yet')
    const main = gitIn(repo.dir, 'rev-parse', 'main').trim()
    const store = new LocalGitStore(repo.dir, 'main')
    const statement = loadContent(join(repo.dir, 'content')).entry('publications', 'en', CONSULTATION)!
    const staff = { id: 'secretariat-test', email: `${unique('secretariat')}@example.org` }

    const first = reportFile(statement, [comment(1, 3, 'About point three.')], new Date('2026-12-06T10:00:00Z'))
    expect(first.path).toBe(REPORT)
    const proposed = await proposeReport(db, store, first, staff)
    expect(proposed).toEqual({ ok: true, branch: `content/en/publications/${CONSULTATION}-report`, added: false, url: undefined })
    const branch = proposed.ok ? proposed.branch : ''

    // The open change is what the desk page links, and /staff/content lists.
    const change = await openReportChange(store, REPORT)
    expect(change).toMatchObject({ branch, files: [REPORT], state: 'open' })
    expect((await store.changes()).map((c) => c.branch)).toEqual([branch])
    expect(gitIn(repo.dir, 'rev-parse', 'main').trim()).toBe(main)
    expect(gitIn(repo.dir, 'rev-list', `main..${branch}`).trim().split('\n')).toHaveLength(1)
    expect(gitIn(repo.dir, 'diff', '--name-only', 'main', branch).trim()).toBe(REPORT)
    expect(await store.read(REPORT, change!.head)).toBe(first.text)

    // npm run content:check on the branch: the site's checks, and the language lint on the report.
    const snapshot = await store.snapshot(change!.head)
    const { content } = checkSite(snapshot)
    expect(content.entry('publications', 'en', `${CONSULTATION}-report`)?.data.reportOf).toBe(CONSULTATION)
    const lint = lintLanguage({ content: snapshot, messages: join(import.meta.dirname, '../../lib/i18n/messages') })
    expect(lint.filter((p) => p.file.includes(`${CONSULTATION}-report`))).toEqual([])

    // Proposing again while it is open adds a commit to the same branch, never a second branch.
    const again = reportFile(
      statement,
      [comment(1, 3, 'About point three.'), comment(2, null, 'About it all.')],
      new Date('2026-12-07T10:00:00Z'),
    )
    expect(await proposeReport(db, store, again, staff)).toEqual({ ok: true, branch, added: true, url: undefined })
    expect((await store.changes()).map((c) => c.branch)).toEqual([branch])
    const commits = gitIn(repo.dir, 'rev-list', `main..${branch}`).trim().split('\n')
    expect(commits).toHaveLength(2)
    expect(gitIn(repo.dir, 'diff-tree', '--no-commit-id', '--name-only', '-r', commits[0]!).trim()).toBe(REPORT)
    expect(await store.read(REPORT, branch)).toBe(again.text)

    // The same report a third time adds nothing.
    expect(await proposeReport(db, store, again, staff)).toEqual({ ok: false, refused: 'same' })

    const logged = await db
      .select({ action: auditLog.action, target: auditLog.target, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.actorEmail, staff.email), sql`${auditLog.detail}->>'from' = 'comment-report'`))
      .orderBy(auditLog.id)
    expect(logged.map((l) => [l.action, l.target, (l.detail as { added?: boolean }).added])).toEqual([
      ['content-proposed', REPORT, false],
      ['content-proposed', REPORT, true],
      ['content-refused', REPORT, undefined],
    ])
  })

  it('refuses a report that fails the content check, and writes no branch', async () => {
    repo = makeContentRepo()
    const store = new LocalGitStore(repo.dir, 'main')
    const staff = { id: 'secretariat-test', email: `${unique('secretariat')}@example.org` }
    // A second report of the same consultation: the check allows one.
    const second = { path: 'content/en/publications/another-report.md', text: (await store.read(REPORT, 'main'))! }
    expect(await proposeReport(db, store, second, staff)).toEqual({ ok: false, refused: 'check' })
    expect(await store.changes()).toEqual([])
  })
})
