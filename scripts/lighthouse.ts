// `npm run lighthouse`: audits key pages in English and Arabic with
// Lighthouse's mobile defaults in Debian's Chromium, prints the four
// scores per page and fails under the budget.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { serveBuild } from './serve-build'

const budget = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const
const categories = Object.keys(budget) as (keyof typeof budget)[]
const paths = ['/en', '/en/working-groups/dns-security-and-stability-analysis', '/en/publications/wsis-statement-2005']
const pages = [...paths, ...paths.map((p) => p.replace(/^\/en/, '/ar'))]

const server = await serveBuild()
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const failures: string[] = []
try {
  console.log(['page'.padEnd(64), ...categories.map((c) => c.padStart(15))].join(''))
  for (const path of pages) {
    const audit = async () =>
      (await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }))!.lhr
    // Now and then the trace of a run is unusable (NO_NAVSTART): one retry.
    let lhr = await audit()
    if (lhr.runtimeError) lhr = await audit()
    if (lhr.runtimeError) failures.push(`${path}: Lighthouse could not audit it: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100))
    console.log([path.padEnd(64), ...scores.map((s) => String(s).padStart(15))].join(''))
    categories.forEach((c, i) => {
      if (scores[i]! < budget[c]) {
        const lost = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[c]!.auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id)
        failures.push(`${path}: ${c} ${scores[i]} < ${budget[c]} (${lost.join(', ')})`)
      }
    })
  }
} finally {
  chrome.kill()
  await server.stop()
}
if (failures.length) {
  console.error(`\nUnder budget:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log('\nAll pages within budget.')
