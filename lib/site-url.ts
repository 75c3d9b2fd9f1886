// The public address of the site, for canonical URLs, hreflang, the sitemap
// and feeds: the one place it is set.
export const siteUrl = new URL(process.env.SITE_URL ?? 'https://www.ispcp.info')
