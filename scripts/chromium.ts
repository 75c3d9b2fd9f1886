// Debian's Chromium (apt-get install chromium): Playwright's own browser
// download cannot work without network access. The flags every headless run
// here needs, shared by the browser tests, screenshots and Lighthouse; each
// adds its own headless switch (Playwright's and chrome-launcher's differ).
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
