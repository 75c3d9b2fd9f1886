import { createNavigation } from 'next-intl/navigation'
import { routing } from './routing'

// Localized links and redirects: '/about' in French is '/fr/about'.
export const { Link, redirect, getPathname } = createNavigation(routing)
