// The default store: branches in a git repository on this machine, written
// with git's plumbing (hash-object, mktree, commit-tree, update-ref) so that
// the working tree, the index and the checked-out branch are never touched.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unifiedDiff } from './diff'
import { git, ZERO_OID } from './git'
import {
  type Author,
  BRANCH_PREFIX,
  branchFor,
  ChangedSinceOpened,
  type ContentStore,
  commitMessage,
  isCommitId,
  MergeRefused,
  NothingChanged,
  type OpenChange,
  parseOpens,
  type ProposeInput,
  type Proposed,
} from './store'

const DESK = { name: 'ISPCP staff desk', email: 'staff-desk@localhost' }

function identity(author: Author) {
  return {
    GIT_AUTHOR_NAME: author.name ?? author.email,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: DESK.name,
    GIT_COMMITTER_EMAIL: DESK.email,
  }
}

interface TreeEntry {
  mode: string
  type: string
  id: string
  name: string
}

export class LocalGitStore implements ContentStore {
  readonly kind = 'local'
  constructor(
    readonly where: string,
    readonly baseBranch: string,
  ) {}

  private git(args: string[], options?: Parameters<typeof git>[2]) {
    return git(this.where, args, options)
  }

  private async tip(branch: string): Promise<string | undefined> {
    const found = await this.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { allowFail: true })
    return found.code === 0 ? found.stdout.trim() : undefined
  }

  async head(branch = this.baseBranch): Promise<string> {
    const tip = await this.tip(branch)
    if (!tip) throw new Error(`the repository at ${this.where} has no branch ${branch}`)
    return tip
  }

  private async blob(path: string, commit: string): Promise<string | undefined> {
    const found = await this.git(['rev-parse', '--verify', '--quiet', `${commit}:${path}`], { allowFail: true })
    return found.code === 0 ? found.stdout.trim() : undefined
  }

  async read(path: string, commit: string): Promise<string | undefined> {
    const found = await this.git(['cat-file', 'blob', `${commit}:${path}`], { allowFail: true })
    return found.code === 0 ? found.stdout : undefined
  }

  async list(commit: string): Promise<string[]> {
    const { stdout } = await this.git(['ls-tree', '-r', '-z', '--name-only', commit, '--', 'content'])
    return stdout.split('\0').filter(Boolean)
  }

  async snapshot(commit: string): Promise<string> {
    // A commit never changes: its snapshot is made once and shared.
    const dir = join(tmpdir(), `ispcp-content-${commit}`)
    if (existsSync(join(dir, 'content'))) return join(dir, 'content')
    const work = mkdtempSync(join(tmpdir(), 'ispcp-snapshot-'))
    await this.git(['archive', '--format=tar', '-o', join(work, 'content.tar'), commit, 'content'])
    mkdirSync(join(work, 'tree'))
    execFileSync('tar', ['-xf', join(work, 'content.tar'), '-C', join(work, 'tree')])
    try {
      renameSync(join(work, 'tree'), dir)
    } catch {
      // Another request made the same snapshot first.
    }
    rmSync(work, { recursive: true, force: true })
    return join(dir, 'content')
  }

  private async treeEntries(tree: string | undefined): Promise<TreeEntry[]> {
    if (!tree) return []
    const { stdout } = await this.git(['ls-tree', '-z', tree])
    return stdout
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, name] = line.split('\t') as [string, string]
        const [mode, type, id] = meta.split(' ') as [string, string, string]
        return { mode, type, id, name }
      })
  }

  // The tree `tree` with the file at `segments` set to `blob`, built bottom-up with mktree.
  private async withFile(tree: string | undefined, segments: string[], blob: string): Promise<string> {
    const [name, ...rest] = segments as [string, ...string[]]
    const entries = await this.treeEntries(tree)
    const existing = entries.find((e) => e.name === name)
    const entry: TreeEntry =
      rest.length === 0
        ? { mode: existing?.type === 'blob' ? existing.mode : '100644', type: 'blob', id: blob, name }
        : { mode: '040000', type: 'tree', id: await this.withFile(existing?.type === 'tree' ? existing.id : undefined, rest, blob), name }
    const lines = [...entries.filter((e) => e.name !== name), entry].map((e) => `${e.mode} ${e.type} ${e.id}\t${e.name}`)
    const { stdout } = await this.git(['mktree', '-z'], { input: `${lines.join('\0')}\0` })
    return stdout.trim()
  }

  async propose({ files, message, author, base, branch = branchFor(files), opens }: ProposeInput): Promise<Proposed> {
    const open = await this.tip(branch)
    const target = open ?? (await this.head())
    if (!isCommitId(base) || (await this.git(['cat-file', '-e', `${base}^{commit}`], { allowFail: true })).code !== 0)
      throw new Error(`unknown base commit ${base}`)
    for (const file of files) {
      if ((await this.blob(file.path, base)) !== (await this.blob(file.path, target))) {
        const before = (await this.read(file.path, base)) ?? ''
        const now = (await this.read(file.path, target)) ?? ''
        throw new ChangedSinceOpened(file.path, unifiedDiff(before, now))
      }
    }
    const targetTree = (await this.git(['rev-parse', `${target}^{tree}`])).stdout.trim()
    let tree = targetTree
    for (const file of files) {
      const blob = (await this.git(['hash-object', '-w', '--stdin'], { input: file.text })).stdout.trim()
      tree = await this.withFile(tree, file.path.split('/'), blob)
    }
    if (tree === targetTree) throw new NothingChanged()
    const commit = (
      await this.git(['commit-tree', tree, '-p', target, '-F', '-'], {
        input: commitMessage(message, author, opens),
        env: identity(author),
      })
    ).stdout.trim()
    // Compare-and-swap: a branch someone else moved meanwhile is not overwritten.
    await this.git(['update-ref', '-m', 'staff desk: proposed change', `refs/heads/${branch}`, commit, open ?? ZERO_OID])
    return { branch, commit, added: open !== undefined }
  }

  async changes(): Promise<OpenChange[]> {
    const { stdout } = await this.git(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(subject)', `refs/heads/${BRANCH_PREFIX}`])
    const base = await this.head()
    const changes: OpenChange[] = []
    for (const line of stdout.split('\n').filter(Boolean)) {
      const [ref, head, title] = line.split('\0') as [string, string, string]
      const from = (await this.git(['merge-base', base, head])).stdout.trim()
      const files = (await this.git(['diff', '--name-only', '-z', from, head])).stdout.split('\0').filter(Boolean)
      const diff = (await this.git(['diff', '--no-color', '--no-ext-diff', from, head])).stdout
      const opens = parseOpens((await this.git(['log', '--format=%B', `${from}..${head}`])).stdout)
      changes.push({ branch: ref.slice('refs/heads/'.length), head, title, files, diff, state: 'open', opens })
    }
    return changes
  }

  async history(path: string, commit: string, limit: number): Promise<string[]> {
    const { stdout } = await this.git(['log', '--format=%H', '-n', String(limit), commit, '--', path])
    return stdout.split('\n').filter(Boolean)
  }

  // git merge-tree --write-tree merges without a working tree; a conflict is refused.
  async merge(branch: string, by: Author): Promise<string> {
    if (!branch.startsWith(BRANCH_PREFIX)) throw new MergeRefused(`${branch} is not a content change`)
    const head = await this.tip(branch)
    if (!head) throw new MergeRefused(`no open change ${branch}`)
    const base = await this.head()
    const merged = await this.git(['merge-tree', '--write-tree', '--name-only', base, head], { allowFail: true })
    if (merged.code === 1) {
      const conflicted = merged.stdout.split('\n\n')[0]!.split('\n').slice(1).filter(Boolean)
      throw new MergeRefused(`${branch} conflicts with ${this.baseBranch} in ${conflicted.join(', ') || 'its files'}`)
    }
    if (merged.code !== 0) throw new Error(`git merge-tree failed: ${merged.stderr.trim()}`)
    const tree = merged.stdout.split('\n')[0]!.trim()
    const message = `Merge content change ${branch}\n\nMerged on the staff desk by ${by.email}.\n`
    const commit = (
      await this.git(['commit-tree', tree, '-p', base, '-p', head, '-F', '-'], { input: message, env: identity(by) })
    ).stdout.trim()
    await this.git(['update-ref', '-m', `staff desk: merged ${branch}`, `refs/heads/${this.baseBranch}`, commit, base])
    await this.git(['update-ref', '-d', `refs/heads/${branch}`, head])
    return commit
  }
}
