import type messages from './messages/en.json'
import type { routing } from './routing'

// Message keys and ICU arguments are checked against the English file.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
