// Where a proposed content change goes: one interface, two stores. The
// default is a git repository on this machine (local-store.ts: the one the
// site runs from, or CONTENT_REPO=/path); CONTENT_REPO=github:owner/name
// opens pull requests on GitHub (github-store.ts). Other features propose
// changes the same way: `propose({ files, message, author, base })`.
export interface FileChange {
  // From the repository's root: content/fr/working-groups/x.md.
  path: string
  text: string
}

export interface Author {
  name?: string
  email: string
}

export interface ProposeInput {
  files: FileChange[]
  message: string
  author: Author
  // The commit the change was made from (what the form showed). A file that
  // is different now, on the base branch or on the change's own branch, is
  // refused rather than overwritten.
  base: string
  // The change's branch when it is not the first file's own (branchFor): a
  // translation of an English file not merged yet goes on the English's branch.
  branch?: string
  // A new English file: the languages whose translations it opens (the desk
  // lists them as missing until the change is merged).
  opens?: string[]
}

export interface Proposed {
  branch: string
  commit: string
  // True when the commit was added to a change already open for these files.
  added: boolean
  // The pull request (GitHub store).
  number?: number
  url?: string
}

export type ChangeState = 'open' | 'merged' | 'closed'

export interface OpenChange {
  branch: string
  title: string
  head: string
  files: string[]
  // The change against the base branch, as `git diff` shows it.
  diff: string
  state: ChangeState
  number?: number
  url?: string
  // The checks on its last commit (GitHub store): "success", "pending", "failure"…
  checks?: string
  // The languages a new English file in it opens (its Opens-translations trailer).
  opens?: string[]
}

export class ChangedSinceOpened extends Error {
  constructor(
    readonly path: string,
    readonly diff: string,
  ) {
    super(`${path} changed since you opened it`)
    this.name = 'ChangedSinceOpened'
  }
}

export class NothingChanged extends Error {
  constructor() {
    super('nothing changed: the files are the same as on the branch')
    this.name = 'NothingChanged'
  }
}

export class MergeRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MergeRefused'
  }
}

export interface ContentStore {
  kind: 'local' | 'github'
  // Where changes go, for the desk to say: a folder or owner/name.
  where: string
  baseBranch: string
  // The commit at the tip of a branch (the base branch by default).
  head(branch?: string): Promise<string>
  // A file's text at a commit, undefined when it does not exist there.
  read(path: string, commit: string): Promise<string | undefined>
  // Every file under content/ at a commit.
  list(commit: string): Promise<string[]>
  // A folder holding the content/ tree at a commit (for the content check).
  snapshot(commit: string): Promise<string>
  propose(input: ProposeInput): Promise<Proposed>
  // Changes proposed through the desk and not merged yet.
  changes(): Promise<OpenChange[]>
  // Local store only: the admin's merge into the base branch.
  merge?(branch: string, by: Author): Promise<string>
  // Local store only: the commits that changed a file, newest first (GitHub would cost a request per version).
  history?(path: string, commit: string, limit: number): Promise<string[]>
}

// content/fr/working-groups/x.md -> content/fr/working-groups/x: one branch per
// file, so editing the same file again adds to the change already open.
export function branchFor(files: FileChange[]): string {
  const first = files[0]?.path ?? 'content'
  return `content/${first.replace(/^content\//, '').replace(/\.md$/, '')}`
}

export const BRANCH_PREFIX = 'content/'

// A commit id as git writes it (SHA-1, or SHA-256): a form's `base` is nothing else.
export const isCommitId = (value: string) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value)

const OPENS = 'Opens-translations'

// A trailer, so that it stays with the change: in the commit (local store)
// and in the pull request's body (GitHub).
export const opensTrailer = (opens: string[] | undefined) => (opens?.length ? `${OPENS}: ${opens.join(', ')}\n` : '')

export function commitMessage(message: string, author: Author, opens?: string[]): string {
  return `${message.trim()}\n\nProposed on the staff desk by ${author.email}.\n\nCo-authored-by: ${author.name ?? author.email} <${author.email}>\n${opensTrailer(opens)}`
}

/** The languages named by every Opens-translations trailer in `text`. */
export function parseOpens(text: string): string[] {
  const found = [...text.matchAll(new RegExp(`^${OPENS}: *(.*)$`, 'gm'))].flatMap((m) => m[1]!.split(',').map((l) => l.trim()))
  return [...new Set(found.filter(Boolean))]
}
