// The contract both content stores keep (lib/editing/store.ts): the local git
// store on a throwaway repository, and the GitHub store against a local fake
// of GitHub's API over a bare copy of it. Then what only GitHub has: the order
// of calls, the pull request, and GitHub's 409/422 answers.
import { realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { contentStore } from '../../lib/editing/config'
import { GitHubStore } from '../../lib/editing/github-store'
import { LocalGitStore } from '../../lib/editing/local-store'
import { ChangedSinceOpened, type ContentStore, NothingChanged } from '../../lib/editing/store'
import { bareClone, commitOnBranch, type ContentRepo, gitIn, makeContentRepo } from '../support/content-repo'
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github'

// Each test makes a git repository and runs git: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

const FILE = 'content/fr/working-groups/alpha-group.md'
const AUTHOR = { email: 'editor@example.org' }

interface Setup {
  store: ContentStore
  // The repository the store writes to (bare for GitHub).
  repo: string
  github?: FakeGitHub
  cleanup(): Promise<void>
}

async function localSetup(): Promise<Setup> {
  const repo = makeContentRepo()
  return { store: new LocalGitStore(repo.dir, 'main'), repo: repo.dir, cleanup: async () => repo.remove() }
}

async function githubSetup(): Promise<Setup> {
  const source = makeContentRepo()
  const bare = bareClone(source.dir)
  source.remove()
  const github = await startFakeGitHub(bare.dir, 'example', 'site')
  const store = new GitHubStore({ owner: 'example', repo: 'site', baseBranch: 'main', auth: { token: 'test-token' }, apiUrl: github.url })
  return {
    store,
    repo: bare.dir,
    github,
    cleanup: async () => {
      await github.close()
      bare.remove()
    },
  }
}

const branches = (repo: string) =>
  gitIn(repo, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/').split('\n').filter(Boolean).sort()

describe.each([
  ['local git store', localSetup],
  ['GitHub store (fake API)', githubSetup],
])('%s', (_name, setup) => {
  let s: Setup
  beforeEach(async () => {
    s = await setup()
  })
  afterEach(async () => {
    await s.cleanup()
  })

  it('writes one commit on a new content/… branch that changes only the proposed file', async () => {
    const base = await s.store.head()
    const before = (await s.store.read(FILE, base))!
    const text = before.replace('Groupe Alpha', 'Groupe Alpha (modifié)')
    const proposed = await s.store.propose({ files: [{ path: FILE, text }], message: 'Rename the group', author: AUTHOR, base })
    expect(proposed.branch).toBe('content/fr/working-groups/alpha-group')
    expect(proposed.added).toBe(false)
    expect(branches(s.repo)).toEqual(['content/fr/working-groups/alpha-group', 'main'])
    expect(gitIn(s.repo, 'rev-parse', 'main').trim()).toBe(base)
    expect(gitIn(s.repo, 'rev-list', '--parents', '-n', '1', proposed.commit).trim().split(' ')).toEqual([proposed.commit, base])
    expect(gitIn(s.repo, 'diff', '--name-only', base, proposed.commit).trim()).toBe(FILE)
    expect(await s.store.read(FILE, proposed.commit)).toBe(text)
    const message = gitIn(s.repo, 'log', '-1', '--format=%B', proposed.commit)
    expect(message).toMatch(/^Rename the group\n/)
    expect(message).toContain('Co-authored-by: editor@example.org <editor@example.org>')
    const [change] = await s.store.changes()
    expect(change).toMatchObject({ branch: proposed.branch, files: [FILE], state: 'open' })
    expect(change!.diff).toContain('+title: Groupe Alpha (modifié)')
  })

  it('adds a second edit of the same file to the same branch', async () => {
    const base = await s.store.head()
    const original = (await s.store.read(FILE, base))!
    const first = await s.store.propose({ files: [{ path: FILE, text: `${original}\nUn.\n` }], message: 'One', author: AUTHOR, base })
    const second = await s.store.propose({
      files: [{ path: FILE, text: `${original}\nUn.\nDeux.\n` }],
      message: 'Two',
      author: AUTHOR,
      base: first.commit,
    })
    expect(second).toMatchObject({ branch: first.branch, added: true })
    expect(gitIn(s.repo, 'rev-list', '--parents', '-n', '1', second.commit).trim().split(' ')).toEqual([second.commit, first.commit])
    expect(branches(s.repo)).toEqual([first.branch, 'main'])
    expect(await s.store.changes()).toHaveLength(1)
  })

  it('keeps the translations a new English file opens with its change; a translation put on its branch joins it', async () => {
    const base = await s.store.head()
    const english = 'content/en/working-groups/omega-group.md'
    const french = 'content/fr/working-groups/omega-group.md'
    const first = await s.store.propose({
      files: [{ path: english, text: '---\ntitle: Omega\n---\n' }],
      message: 'Omega',
      author: AUTHOR,
      base,
      opens: ['fr', 'ar'],
    })
    expect(gitIn(s.repo, 'log', '-1', '--format=%(trailers:key=Opens-translations,valueonly)', first.commit).trim()).toBe('fr, ar')
    expect((await s.store.changes())[0]).toMatchObject({ branch: first.branch, files: [english], opens: ['fr', 'ar'] })
    const second = await s.store.propose({
      files: [{ path: french, text: '---\ntitle: Oméga\n---\n' }],
      message: 'Omega in French',
      author: AUTHOR,
      base: first.commit,
      branch: first.branch,
    })
    expect(second).toMatchObject({ branch: 'content/en/working-groups/omega-group', added: true })
    expect(branches(s.repo)).toEqual([first.branch, 'main'])
    const [change] = await s.store.changes()
    expect(change!.files.sort()).toEqual([english, french])
    // The second commit names no languages: the change still opens the first one's.
    expect(change!.opens).toEqual(['fr', 'ar'])
  })

  it('refuses a file changed on the base branch since the form was opened, and writes nothing', async () => {
    const opened = await s.store.head()
    const original = (await s.store.read(FILE, opened))!
    commitOnBranch(s.repo, 'main', FILE, original.replace('Groupe Alpha', 'Groupe Alpha (ailleurs)'))
    const attempt = s.store.propose({
      files: [{ path: FILE, text: `${original}\nMon ajout.\n` }],
      message: 'Mine',
      author: AUTHOR,
      base: opened,
    })
    const error = await attempt.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChangedSinceOpened)
    expect((error as ChangedSinceOpened).message).toBe(`${FILE} changed since you opened it`)
    expect((error as ChangedSinceOpened).diff).toContain('+title: Groupe Alpha (ailleurs)')
    expect(branches(s.repo)).toEqual(['main'])
  })

  it('refuses a proposal that changes nothing', async () => {
    const base = await s.store.head()
    const text = (await s.store.read(FILE, base))!
    await expect(s.store.propose({ files: [{ path: FILE, text }], message: 'Same', author: AUTHOR, base })).rejects.toBeInstanceOf(
      NothingChanged,
    )
    expect(branches(s.repo)).toEqual(['main'])
  })

  it('takes only a commit id as the base: anything else a form sends is refused before git sees it', async () => {
    for (const base of ['--output=/tmp/x', 'main', `${'0'.repeat(40)}`]) {
      await expect(s.store.propose({ files: [{ path: FILE, text: 'x\n' }], message: 'x', author: AUTHOR, base })).rejects.toThrow(
        /unknown base commit|changed since you opened it/,
      )
    }
    expect(branches(s.repo)).toEqual(['main'])
  })

  it('lists the content files and makes a snapshot of them', async () => {
    const base = await s.store.head()
    const files = await s.store.list(base)
    expect(files).toContain(FILE)
    expect(files).toContain('content/site.json')
    const { readFileSync } = await import('node:fs')
    const snapshot = await s.store.snapshot(base)
    expect(readFileSync(`${snapshot}/fr/working-groups/alpha-group.md`, 'utf8')).toBe(await s.store.read(FILE, base))
  })
})

describe('GitHub store: the calls it makes and the refusals it reports', () => {
  let repo: ContentRepo
  let github: FakeGitHub
  let store: GitHubStore
  beforeEach(async () => {
    const source = makeContentRepo()
    repo = bareClone(source.dir)
    source.remove()
    github = await startFakeGitHub(repo.dir, 'example', 'site')
    store = new GitHubStore({ owner: 'example', repo: 'site', baseBranch: 'main', auth: { token: 'secret-token' }, apiUrl: github.url })
  })
  afterEach(async () => {
    await github.close()
    repo.remove()
  })

  it('makes blob, tree, commit and ref through the git data API, then opens one pull request naming the staff member', async () => {
    const base = await store.head()
    const text = `${(await store.read(FILE, base))!}\nAjout.\n`
    github.calls.length = 0
    const proposed = await store.propose({ files: [{ path: FILE, text }], message: 'Add a line', author: AUTHOR, base })
    const writes = github.calls.filter((c) => !c.startsWith('GET'))
    expect(writes).toEqual(['POST /git/blobs', 'POST /git/trees', 'POST /git/commits', 'POST /git/refs', 'POST /pulls'])
    expect(github.pulls).toHaveLength(1)
    expect(github.pulls[0]).toMatchObject({
      head: 'content/fr/working-groups/alpha-group',
      base: 'main',
      title: 'Add a line',
      state: 'open',
    })
    expect(github.pulls[0]!.body).toContain('editor@example.org')
    expect(proposed).toMatchObject({ number: 1, added: false, url: 'https://github.example/example/site/pull/1' })
    expect([...github.authorizations]).toEqual(['token secret-token'])

    github.calls.length = 0
    const again = await store.propose({
      files: [{ path: FILE, text: `${text}Encore.\n` }],
      message: 'And another',
      author: AUTHOR,
      base: proposed.commit,
    })
    expect(github.calls.filter((c) => !c.startsWith('GET'))).toEqual([
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      'PATCH /git/refs/heads/content/fr/working-groups/alpha-group',
    ])
    expect(again).toMatchObject({ number: 1, added: true })
    expect(github.pulls).toHaveLength(1)
  })

  it('shows each change with its pull request state and checks', async () => {
    const base = await store.head()
    const text = `${(await store.read(FILE, base))!}\nAjout.\n`
    const proposed = await store.propose({ files: [{ path: FILE, text }], message: 'Add a line', author: AUTHOR, base })
    github.checkRuns[proposed.commit] = [
      { status: 'completed', conclusion: 'success' },
      { status: 'in_progress', conclusion: null },
    ]
    expect(await store.changes()).toMatchObject([{ state: 'open', number: 1, checks: 'pending', files: [FILE] }])
    github.checkRuns[proposed.commit] = [{ status: 'completed', conclusion: 'failure' }]
    expect((await store.changes())[0]!.checks).toBe('failure')
    github.pulls[0]!.state = 'closed'
    github.pulls[0]!.merged = true
    expect(await store.changes()).toMatchObject([{ state: 'merged', number: 1, files: [] }])
  })

  it('reports a branch moved by someone else while saving (422) as a change since opening, not an overwrite', async () => {
    const base = await store.head()
    const original = (await store.read(FILE, base))!
    const first = await store.propose({ files: [{ path: FILE, text: `${original}\nUn.\n` }], message: 'One', author: AUTHOR, base })
    // Between the store's checks and its ref update, someone pushes to the branch.
    github.before('POST /git/commits', () => commitOnBranch(repo.dir, first.branch, 'content/site.json', '{}\n'))
    const error = await store
      .propose({ files: [{ path: FILE, text: `${original}\nDeux.\n` }], message: 'Two', author: AUTHOR, base: first.commit })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChangedSinceOpened)
    expect(gitIn(repo.dir, 'show', `refs/heads/${first.branch}:content/site.json`)).toBe('{}\n')
  })

  it('passes on what GitHub refuses (409) in words, and opens no pull request', async () => {
    const base = await store.head()
    github.failNext('POST /git/blobs', 409, 'Git Repository is empty.')
    await expect(store.propose({ files: [{ path: FILE, text: 'changed\n' }], message: 'x', author: AUTHOR, base })).rejects.toThrow(
      /GitHub refused to store the file \(409\).*Git Repository is empty/,
    )
    github.failNext('POST /pulls', 422, 'Validation Failed')
    await expect(store.propose({ files: [{ path: FILE, text: 'changed\n' }], message: 'x', author: AUTHOR, base })).rejects.toThrow(
      /GitHub refused to open the pull request \(422\)/,
    )
    expect(github.pulls).toHaveLength(0)
  })
})

describe('local git store: the admin’s merge', () => {
  let repo: ContentRepo
  let store: LocalGitStore
  beforeEach(() => {
    repo = makeContentRepo()
    store = new LocalGitStore(repo.dir, 'main')
  })
  afterEach(() => repo.remove())

  it('merges with merge-tree into the base branch, deletes the branch and leaves the working tree alone', async () => {
    const base = await store.head()
    const text = `${(await store.read(FILE, base))!}\nAjout.\n`
    const proposed = await store.propose({ files: [{ path: FILE, text }], message: 'Add', author: AUTHOR, base })
    // main moved on meanwhile, in another file: no conflict.
    const other = commitOnBranch(repo.dir, 'main', 'content/site.json', `${(await store.read('content/site.json', base))!} `)
    const merged = await store.merge(proposed.branch, { email: 'admin@example.org' })
    expect(gitIn(repo.dir, 'rev-list', '--parents', '-n', '1', merged).trim().split(' ')).toEqual([merged, other, proposed.commit])
    expect(await store.read(FILE, merged)).toBe(text)
    expect(branches(repo.dir)).toEqual(['main'])
    expect(await store.changes()).toEqual([])
  })

  it('refuses a change that conflicts with the base branch, and changes nothing', async () => {
    const base = await store.head()
    const original = (await store.read(FILE, base))!
    const proposed = await store.propose({
      files: [{ path: FILE, text: original.replace('Groupe Alpha', 'Groupe A') }],
      message: 'Mine',
      author: AUTHOR,
      base,
    })
    const theirs = commitOnBranch(repo.dir, 'main', FILE, original.replace('Groupe Alpha', 'Groupe B'))
    await expect(store.merge(proposed.branch, { email: 'admin@example.org' })).rejects.toThrow(
      `content/fr/working-groups/alpha-group conflicts with main in ${FILE}`,
    )
    expect(gitIn(repo.dir, 'rev-parse', 'main').trim()).toBe(theirs)
    expect(branches(repo.dir)).toEqual([proposed.branch, 'main'])
  })

  it('merges only content/ branches', async () => {
    await expect(store.merge('main', { email: 'admin@example.org' })).rejects.toThrow('main is not a content change')
  })
})

describe('which store the environment chooses', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })
  const choose = (env: Record<string, string | undefined>) => {
    process.env = { ...saved, CONTENT_REPO: undefined, GITHUB_TOKEN: undefined, GITHUB_APP_ID: undefined, ...env }
    return contentStore()
  }

  it('a folder that is a git repository, or says why not', () => {
    const repo = makeContentRepo()
    try {
      const chosen = choose({ CONTENT_REPO: repo.dir, CONTENT_BASE_BRANCH: 'trunk' })
      expect('store' in chosen && chosen.store).toMatchObject({ kind: 'local', where: realpathSync(repo.dir), baseBranch: 'trunk' })
    } finally {
      repo.remove()
    }
    expect(choose({ CONTENT_REPO: tmpdir() })).toEqual({ missing: `CONTENT_REPO=${tmpdir()} is not a git repository.` })
  })

  it('GitHub with a token or an App, never without credentials', () => {
    const token = choose({ CONTENT_REPO: 'github:example/site', GITHUB_TOKEN: 't' })
    expect('store' in token && token.store).toMatchObject({ kind: 'github', where: 'example/site', baseBranch: 'main' })
    const app = choose({
      CONTENT_REPO: 'github:example/site',
      GITHUB_APP_ID: '1',
      GITHUB_APP_PRIVATE_KEY: 'k',
      GITHUB_APP_INSTALLATION_ID: '2',
    })
    expect('store' in app && app.store.kind).toBe('github')
    expect(choose({ CONTENT_REPO: 'github:example/site' })).toEqual({
      missing: 'CONTENT_REPO names a GitHub repository, but neither GITHUB_TOKEN nor the GitHub App settings are set.',
    })
    expect(choose({ CONTENT_REPO: 'github:nonsense', GITHUB_TOKEN: 't' })).toEqual({
      missing: 'CONTENT_REPO=github:nonsense is not of the form github:owner/name.',
    })
  })
})
