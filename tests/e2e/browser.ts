// Debian's Chromium (apt-get install chromium): Playwright's own browser
// download cannot work without network access. Used by playwright.config.ts
// and scripts/screenshot.ts.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

export const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions)
}
