// Reads the Dockerfile the way `docker build` does, as far as the container
// test needs it: each stage's WORKDIR, ENV (with ARG and ENV values
// expanded), COPY lines, RUN lines with the environment they run in, and
// CMD. No Docker engine runs on these machines, so the test builds the image
// from what this reads: change the Dockerfile, and the test follows.
import { readFileSync } from 'node:fs'
import { posix } from 'node:path'

export interface Copy {
  /** --from=, --chown= and any other flag, by name. */
  flags: Record<string, string>
  sources: string[]
  dest: string
}

export interface Stage {
  name?: string
  workdir: string
  env: Record<string, string>
  copies: Copy[]
  runs: { command: string; env: Record<string, string> }[]
  cmd?: string[]
}

// Logical lines: comments dropped, backslash continuations joined.
function instructions(text: string): { keyword: string; rest: string }[] {
  const out: { keyword: string; rest: string }[] = []
  let pending = ''
  for (const raw of text.split('\n')) {
    if (!pending && /^\s*#/.test(raw)) continue
    const line = raw.replace(/\s+$/, '')
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `
      continue
    }
    const whole = (pending + line).trim()
    pending = ''
    if (!whole) continue
    const [, keyword, rest] = whole.match(/^(\S+)\s*(.*)$/)!
    out.push({ keyword: keyword!.toUpperCase(), rest: rest! })
  }
  return out
}

const expand = (value: string, vars: Record<string, string | undefined>) =>
  value.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced, bare) => vars[braced ?? bare] ?? '')

// KEY=VALUE pairs; a value may be double-quoted.
function pairs(text: string): [string, string][] {
  return [...text.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S*)/g)].map(([, key, value]) => [
    key!,
    value!.startsWith('"') ? (JSON.parse(value!) as string) : value!,
  ])
}

/** The stages of a Dockerfile, with `buildArgs` as given by `docker build --build-arg`. */
export function parseDockerfile(file: string, buildArgs: Record<string, string> = {}): Stage[] {
  const globalArgs: Record<string, string | undefined> = {}
  const stages: Stage[] = []
  let args: Record<string, string> = {}
  for (const { keyword, rest } of instructions(readFileSync(file, 'utf8'))) {
    const stage = stages.at(-1)
    if (keyword === 'FROM') {
      stages.push({ name: rest.match(/\sAS\s+(\S+)/i)?.[1], workdir: '/', env: {}, copies: [], runs: [] })
      args = {}
      continue
    }
    if (keyword === 'ARG') {
      const [name, fallback] = rest.split('=', 2) as [string, string | undefined]
      // A stage's ARG without a value takes the global one's default.
      const value = buildArgs[name] ?? fallback ?? (stage ? globalArgs[name] : undefined)
      if (stage) args[name] = value ?? ''
      else globalArgs[name] = value
      continue
    }
    if (!stage) continue
    const vars = { ...args, ...stage.env }
    if (keyword === 'WORKDIR') stage.workdir = posix.resolve(stage.workdir, expand(rest, vars))
    else if (keyword === 'ENV') for (const [key, value] of pairs(rest)) stage.env[key] = expand(value, { ...args, ...stage.env })
    else if (keyword === 'RUN') stage.runs.push({ command: rest, env: { ...vars } })
    else if (keyword === 'COPY') {
      const words = rest.split(/\s+/)
      const flags = Object.fromEntries(words.filter((w) => w.startsWith('--')).map((w) => w.slice(2).split('=', 2) as [string, string]))
      const paths = words.filter((w) => !w.startsWith('--')).map((w) => expand(w, vars))
      stage.copies.push({ flags, sources: paths.slice(0, -1), dest: paths.at(-1)! })
    } else if (keyword === 'CMD') {
      if (!rest.startsWith('[')) throw new Error(`${file}: CMD in shell form; the test runs the exec form (a JSON array)`)
      stage.cmd = JSON.parse(rest) as string[]
    }
  }
  return stages
}
