// Which store the desk proposes changes to, from the environment:
// CONTENT_REPO=github:owner/name, CONTENT_REPO=/path, or (unset) the git
// repository the site runs from. With none of them the desk says how to set one.
import { execFileSync } from 'node:child_process'
import { GitHubStore, githubAuth } from './github-store'
import { LocalGitStore } from './local-store'
import type { ContentStore } from './store'

export type StoreChoice = { store: ContentStore } | { missing: string }

const baseBranch = () => process.env.CONTENT_BASE_BRANCH || 'main'

function gitTopLevel(dir: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return undefined
  }
}

let cached: { key: string; choice: StoreChoice } | undefined

export function contentStore(): StoreChoice {
  const repo = process.env.CONTENT_REPO?.trim() ?? ''
  const env = process.env
  const key = [
    repo,
    baseBranch(),
    env.GITHUB_API_URL,
    env.GITHUB_TOKEN,
    env.GITHUB_APP_ID,
    env.GITHUB_APP_INSTALLATION_ID,
    env.GITHUB_APP_PRIVATE_KEY,
  ].join('\0')
  if (cached?.key === key) return cached.choice
  let choice: StoreChoice
  if (repo.startsWith('github:')) {
    const match = /^github:([\w.-]+)\/([\w.-]+)$/.exec(repo)
    const auth = githubAuth(env)
    if (!match) choice = { missing: `CONTENT_REPO=${repo} is not of the form github:owner/name.` }
    else if (!auth)
      choice = { missing: 'CONTENT_REPO names a GitHub repository, but neither GITHUB_TOKEN nor the GitHub App settings are set.' }
    else
      choice = {
        store: new GitHubStore({ owner: match[1]!, repo: match[2]!, baseBranch: baseBranch(), auth, apiUrl: env.GITHUB_API_URL }),
      }
  } else {
    const top = gitTopLevel(repo || process.cwd())
    choice = top
      ? { store: new LocalGitStore(top, baseBranch()) }
      : {
          missing: repo
            ? `CONTENT_REPO=${repo} is not a git repository.`
            : 'The site is not running from a git repository, and CONTENT_REPO is not set.',
        }
  }
  cached = { key, choice }
  return choice
}
