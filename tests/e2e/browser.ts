import { chromium, type Browser } from 'playwright-core'

// Debian's Chromium (apt-get install chromium); Playwright's own browser
// download cannot work without network access.
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
