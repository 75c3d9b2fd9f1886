// `npx tsx scripts/screenshot.ts /en/about /ar/about`: PNGs of pages at a
// phone and a desktop width, for looking at a change before merging it.
import { mkdirSync } from 'node:fs'
import { launchBrowser } from '../tests/e2e/browser'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000'
const out = process.env.OUT_DIR ?? 'test-results/screenshots'
const widths = [375, 1280]

mkdirSync(out, { recursive: true })
const browser = await launchBrowser()
for (const path of process.argv.slice(2)) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(base + path)
    const file = `${out}/${path.replace(/\W+/g, '_') || 'root'}-${width}.png`
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' })
    console.log(file)
    await page.close()
  }
}
await browser.close()
