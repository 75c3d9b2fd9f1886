// Debian's Chromium for Playwright. Used by playwright.config.ts and
// scripts/screenshot.ts.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium'

export const launchOptions: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: ['--headless', ...CHROMIUM_FLAGS],
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions)
}
