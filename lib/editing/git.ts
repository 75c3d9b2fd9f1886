import { execFile } from 'node:child_process'

export interface GitResult {
  stdout: string
  stderr: string
  code: number
}

// Runs git in `dir` without a shell, with the repository's own settings but no
// pager, no prompts and no hooks that could touch a working tree.
export function git(dir: string, args: string[], options: { input?: string; env?: Record<string, string>; allowFail?: boolean } = {}) {
  return new Promise<GitResult>((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', ...options.env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        if (code !== 0 && !options.allowFail) reject(new Error(`git ${args.join(' ')} failed: ${stderr.trim() || error?.message}`))
        else resolve({ stdout, stderr, code })
      },
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

export const ZERO_OID = '0000000000000000000000000000000000000000'
