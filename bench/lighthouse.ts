// `npm run lighthouse`: audits key pages in English and Arabic with
// Lighthouse's mobile defaults in Debian's Chromium, prints the four
// scores per page and fails under the budget.
import { serveBuild } from '../scripts/serve-build'
import { CATEGORIES, withChrome } from './audit'

const budget = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const
const paths = (process.env.LIGHTHOUSE_PATHS ?? '/en,/en/publications/wsis-statement-2005').split(',')
const pages = [...paths, ...paths.map((p) => p.replace(/^\/en/, '/ar'))]

const server = await serveBuild()
const failures: string[] = []
try {
  await withChrome(async (audit) => {
    console.log(['page'.padEnd(48), ...CATEGORIES.map((c) => c.padStart(15)), 'LCP ms'.padStart(8)].join(''))
    for (const path of pages) {
      const result = await audit(`${server.url}${path}`)
      console.log(
        [path.padEnd(48), ...CATEGORIES.map((c) => String(result.scores[c]).padStart(15)), String(result.lcpMs).padStart(8)].join(''),
      )
      for (const c of CATEGORIES) {
        if (result.scores[c] < budget[c]) failures.push(`${path}: ${c} ${result.scores[c]} < ${budget[c]} (${result.lost[c].join(', ')})`)
      }
    }
  })
} finally {
  await server.stop()
}
if (failures.length) {
  console.error(`\nUnder budget:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log('\nAll pages within budget.')
