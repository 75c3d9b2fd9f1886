import type { ContentProblem } from './problems'
import type { SiteSettings } from './schemas'

// The contact address and repository are configuration, not fact: the
// repository ships reserved example values (RFC 2606 domains, the
// "example" GitHub owner) and each deployment sets its own. Until it does,
// `content:check` warns without failing, so a preview still builds.
const EXAMPLE_DOMAIN = /(^|\.)(example\.(com|org|net)|example)$/i

function isExampleHost(host: string): boolean {
  return EXAMPLE_DOMAIN.test(host)
}

export function settingsWarnings(site: SiteSettings, file: string): ContentProblem[] {
  const warnings: ContentProblem[] = []
  const emailHost = site.contactEmail.slice(site.contactEmail.lastIndexOf('@') + 1)
  if (isExampleHost(emailHost)) {
    warnings.push({
      file,
      field: 'contactEmail',
      message: `"${site.contactEmail}" is an example address: set the real one for your deployment`,
    })
  }
  const repo = new URL(site.repositoryUrl)
  const owner = repo.pathname.split('/')[1] ?? ''
  if (isExampleHost(repo.hostname) || (repo.hostname === 'github.com' && owner.toLowerCase() === 'example')) {
    warnings.push({
      file,
      field: 'repositoryUrl',
      message: `"${site.repositoryUrl}" is an example repository: set the real one for your deployment`,
    })
  }
  return warnings
}
