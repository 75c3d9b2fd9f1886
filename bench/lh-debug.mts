import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium'
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] })
for (let i = 0; i < 3; i++) {
  const lhr = (await lighthouse(process.argv[2]!, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }))!.lhr
  const a = lhr.audits
  console.log('perf', lhr.categories.performance!.score, 'tbt', a['total-blocking-time']!.numericValue, 'lcp', a['largest-contentful-paint']!.numericValue)
  console.log('breakdown', JSON.stringify((a['mainthread-work-breakdown']!.details as any).items.map((x: any) => [x.group, Math.round(x.duration)])))
  console.log('long', JSON.stringify((a['long-tasks']!.details as any)?.items?.map((x: any) => [x.url, Math.round(x.duration), Math.round(x.startTime)])))
  console.log('bootup', JSON.stringify((a['bootup-time']!.details as any)?.items?.map((x: any) => [x.url, Math.round(x.total)])))
}
chrome.kill()
