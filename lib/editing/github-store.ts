// CONTENT_REPO=github:owner/name: each change is one commit on a branch
// content/…, made through the git data API (blob, tree, commit, ref), and a
// pull request against the base branch. The token stays on the server.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppAuth } from '@octokit/auth-app'
import { Octokit } from '@octokit/rest'
import { unifiedDiff } from './diff'
import {
  BRANCH_PREFIX,
  branchFor,
  ChangedSinceOpened,
  type ChangeState,
  type ContentStore,
  commitMessage,
  isCommitId,
  NothingChanged,
  type OpenChange,
  opensTrailer,
  parseOpens,
  type ProposeInput,
  type Proposed,
} from './store'

export type GitHubAuth = { token: string } | { appId: string; privateKey: string; installationId: string }

export function githubAuth(env: NodeJS.ProcessEnv): GitHubAuth | undefined {
  if (env.GITHUB_TOKEN) return { token: env.GITHUB_TOKEN }
  if (env.GITHUB_APP_ID && env.GITHUB_APP_PRIVATE_KEY && env.GITHUB_APP_INSTALLATION_ID)
    return {
      appId: env.GITHUB_APP_ID,
      // A key pasted into one line of an environment file keeps its \n escaped.
      privateKey: env.GITHUB_APP_PRIVATE_KEY.replace(/\\n/g, '\n'),
      installationId: env.GITHUB_APP_INSTALLATION_ID,
    }
  return undefined
}

const status = (error: unknown) => (error as { status?: number }).status

// A refusal GitHub gave (409, 422), in words for the desk.
export class GitHubRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'GitHubRefused'
  }
}

async function refusing<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const code = status(error)
    if (code === 409 || code === 422) throw new GitHubRefused(code, `GitHub refused to ${what} (${code}): ${(error as Error).message}`)
    throw error
  }
}

export class GitHubStore implements ContentStore {
  readonly kind = 'github'
  readonly where: string
  readonly baseBranch: string
  private readonly octokit: Octokit
  private readonly owner: string
  private readonly repo: string

  constructor(options: { owner: string; repo: string; baseBranch: string; auth: GitHubAuth; apiUrl?: string }) {
    this.owner = options.owner
    this.repo = options.repo
    this.where = `${options.owner}/${options.repo}`
    this.baseBranch = options.baseBranch
    const baseUrl = options.apiUrl || 'https://api.github.com'
    this.octokit =
      'token' in options.auth
        ? new Octokit({ auth: options.auth.token, baseUrl, userAgent: 'ispcp-staff-desk' })
        : new Octokit({ authStrategy: createAppAuth, auth: options.auth, baseUrl, userAgent: 'ispcp-staff-desk' })
  }

  private get at() {
    return { owner: this.owner, repo: this.repo }
  }

  private async tip(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.at, ref: `heads/${branch}` })
      return data.object.sha
    } catch (error) {
      if (status(error) === 404) return undefined
      throw error
    }
  }

  async head(branch = this.baseBranch): Promise<string> {
    const tip = await this.tip(branch)
    if (!tip) throw new Error(`${this.where} has no branch ${branch}`)
    return tip
  }

  private async file(path: string, commit: string): Promise<{ sha: string; text: string } | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.at, path, ref: commit })
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
      return { sha: data.sha, text: Buffer.from(data.content, 'base64').toString('utf8') }
    } catch (error) {
      if (status(error) === 404) return undefined
      throw error
    }
  }

  async read(path: string, commit: string): Promise<string | undefined> {
    return (await this.file(path, commit))?.text
  }

  async list(commit: string): Promise<string[]> {
    const { data } = await this.octokit.rest.git.getTree({ ...this.at, tree_sha: commit, recursive: 'true' })
    return data.tree.filter((e) => e.type === 'blob' && e.path?.startsWith('content/')).map((e) => e.path!)
  }

  async snapshot(commit: string): Promise<string> {
    const dir = join(tmpdir(), `ispcp-content-${commit}`)
    if (existsSync(join(dir, 'content'))) return join(dir, 'content')
    const { data } = await this.octokit.rest.repos.downloadTarballArchive({ ...this.at, ref: commit })
    const work = mkdtempSync(join(tmpdir(), 'ispcp-snapshot-'))
    try {
      writeFileSync(join(work, 'archive.tar.gz'), Buffer.from(data as ArrayBuffer))
      mkdirSync(join(work, 'tree'))
      // GitHub's archive holds one folder, owner-repo-commit/.
      execFileSync('tar', ['-xzf', join(work, 'archive.tar.gz'), '-C', join(work, 'tree'), '--strip-components=1'])
      try {
        renameSync(join(work, 'tree'), dir)
      } catch {
        // Another request made the same snapshot first.
      }
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
    return join(dir, 'content')
  }

  private async openPull(branch: string) {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.at,
      state: 'open',
      head: `${this.owner}:${branch}`,
      base: this.baseBranch,
    })
    return data[0]
  }

  async propose({ files, message, author, base, branch = branchFor(files), opens }: ProposeInput): Promise<Proposed> {
    if (!isCommitId(base)) throw new Error(`unknown base commit ${base}`)
    const existing = await this.tip(branch)
    // A branch whose pull request was merged or closed starts again from the base branch.
    const pull = existing ? await this.openPull(branch) : undefined
    const open = pull ? existing : undefined
    const target = open ?? (await this.head())
    for (const file of files) {
      const before = await this.file(file.path, base)
      const now = await this.file(file.path, target)
      if (before?.sha !== now?.sha) throw new ChangedSinceOpened(file.path, unifiedDiff(before?.text ?? '', now?.text ?? ''))
    }
    const { data: parent } = await this.octokit.rest.git.getCommit({ ...this.at, commit_sha: target })
    const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = []
    for (const file of files) {
      const { data: blob } = await refusing('store the file', () =>
        this.octokit.rest.git.createBlob({ ...this.at, content: Buffer.from(file.text).toString('base64'), encoding: 'base64' }),
      )
      tree.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.sha })
    }
    const { data: newTree } = await refusing('build the tree', () =>
      this.octokit.rest.git.createTree({ ...this.at, base_tree: parent.tree.sha, tree }),
    )
    if (newTree.sha === parent.tree.sha) throw new NothingChanged()
    const { data: commit } = await refusing('make the commit', () =>
      this.octokit.rest.git.createCommit({
        ...this.at,
        message: commitMessage(message, author, opens),
        tree: newTree.sha,
        parents: [target],
      }),
    )
    try {
      if (!existing) await this.octokit.rest.git.createRef({ ...this.at, ref: `refs/heads/${branch}`, sha: commit.sha })
      // On an open change, only a fast-forward: a branch someone moved meanwhile is not overwritten.
      else await this.octokit.rest.git.updateRef({ ...this.at, ref: `heads/${branch}`, sha: commit.sha, force: !open })
    } catch (error) {
      if (status(error) === 422)
        throw new ChangedSinceOpened(files[0]!.path, `the branch ${branch} was changed by someone else while you were saving`)
      throw error
    }
    if (pull) return { branch, commit: commit.sha, added: true, number: pull.number, url: pull.html_url }
    const { data: created } = await refusing('open the pull request', () =>
      this.octokit.rest.pulls.create({
        ...this.at,
        head: branch,
        base: this.baseBranch,
        title: message.trim().split('\n')[0]!,
        body: `Proposed on the ISPCP staff desk by ${author.name ?? author.email} (${author.email}).\n\nFiles: ${files.map((f) => `\`${f.path}\``).join(', ')}\n\n${opensTrailer(opens)}`.trimEnd(),
      }),
    )
    return { branch, commit: commit.sha, added: false, number: created.number, url: created.html_url }
  }

  private async checks(sha: string): Promise<string> {
    const { data } = await this.octokit.rest.checks.listForRef({ ...this.at, ref: sha })
    const runs = data.check_runs
    if (runs.length === 0) return 'none'
    if (runs.some((r) => r.status !== 'completed')) return 'pending'
    if (runs.some((r) => r.conclusion !== 'success' && r.conclusion !== 'skipped' && r.conclusion !== 'neutral')) return 'failure'
    return 'success'
  }

  async changes(): Promise<OpenChange[]> {
    const { data: pulls } = await this.octokit.rest.pulls.list({ ...this.at, state: 'all', base: this.baseBranch, per_page: 50 })
    const changes: OpenChange[] = []
    for (const pull of pulls.filter((p) => p.head.ref.startsWith(BRANCH_PREFIX))) {
      const state: ChangeState = pull.merged_at ? 'merged' : pull.state === 'open' ? 'open' : 'closed'
      const files =
        state === 'open' ? (await this.octokit.rest.pulls.listFiles({ ...this.at, pull_number: pull.number, per_page: 100 })).data : []
      changes.push({
        branch: pull.head.ref,
        head: pull.head.sha,
        title: pull.title,
        files: files.map((f) => f.filename),
        diff: files.map((f) => `--- ${f.filename}\n${f.patch ?? ''}`).join('\n'),
        state,
        number: pull.number,
        url: pull.html_url,
        checks: state === 'open' ? await this.checks(pull.head.sha) : undefined,
        opens: parseOpens(pull.body ?? ''),
      })
    }
    return changes
  }
}
