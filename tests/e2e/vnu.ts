// The Nu HTML Checker (npm vnu-jar; needs Java: `.ci/run` installs it) over
// many pages in one run. Starting the JVM costs more than checking a page,
// so every page is written to one temporary folder, checked in one go.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

export interface HtmlPage {
  // What a failure names: the page's address.
  name: string
  html: string
}

interface VnuMessage {
  type: string
  url?: string
  message: string
  lastLine?: number
  extract?: string
}

// Checked with the pages, so a run that reports nothing is known to have
// looked: this one error must come back.
const CANARY = {
  file: 'canary.html',
  html: '<!DOCTYPE html><html lang="en"><head><title>canary</title></head><body><form action=""></form></body></html>',
  error: /Bad value “” for attribute “action” on element “form”/,
}

// Every error vnu reports (warnings are not checked), as "page line N: message [extract]".
export function htmlErrors(pages: HtmlPage[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'))
  try {
    const names = new Map<string, string>()
    pages.forEach((page, i) => {
      const file = `${String(i).padStart(5, '0')}.html`
      writeFileSync(join(dir, file), page.html)
      names.set(file, page.name)
    })
    writeFileSync(join(dir, CANARY.file), CANARY.html)
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--verbose', '--format', 'json', dir], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    })
    if (run.error) throw new Error(`cannot run java for vnu (apt-get install default-jre-headless): ${run.error.message}`)
    let messages: VnuMessage[]
    try {
      messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages
    } catch {
      throw new Error(`vnu did not answer with JSON (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`)
    }
    // --verbose lists each file it checked on standard output.
    const checked = new Set(run.stdout.split('\n').map((line) => basename(line.trim())))
    const missed = [...names.keys(), CANARY.file].filter((file) => !checked.has(file))
    if (missed.length > 0) throw new Error(`vnu did not check ${missed.length} of the pages (${missed.slice(0, 5).join(', ')})`)
    const file = (m: VnuMessage) => basename(m.url ?? '')
    if (!messages.some((m) => file(m) === CANARY.file && CANARY.error.test(m.message)))
      throw new Error(`vnu missed the canary's error: ${JSON.stringify(messages.slice(0, 3))}`)
    return messages
      .filter((m) => file(m) !== CANARY.file && (m.type === 'error' || m.type === 'non-document-error'))
      .map(
        (m) =>
          `${names.get(file(m)) ?? m.url} line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`,
      )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
