// The public address of the site, for canonical URLs, hreflang, the sitemap
// and feeds: the one place it is set. Empty counts as unset: the Dockerfile
// passes its SITE_URL build argument on, given or not.
export const siteUrl = new URL(process.env.SITE_URL || 'https://www.ispcp.info')
