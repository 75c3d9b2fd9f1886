export interface Organization {
  name: string
  alternateName: string
  url?: string
  email?: string
  parentOrganization?: Organization
  memberOf?: Organization
}

// schema.org's description of an organization for search engines, as
// microdata: JSON-LD would need a <script> element, and reading pages carry
// none. React hoists <meta> and <link> into <head>, but not those with
// itemProp, so these stay inside their item.
export function OrganizationMicrodata({ organization, itemProp }: { organization: Organization; itemProp?: string }) {
  const { name, alternateName, url, email, parentOrganization, memberOf } = organization
  return (
    <div itemScope itemType="https://schema.org/Organization" itemProp={itemProp}>
      <meta itemProp="name" content={name} />
      <meta itemProp="alternateName" content={alternateName} />
      {url && <link itemProp="url" href={url} />}
      {email && <meta itemProp="email" content={email} />}
      {parentOrganization && <OrganizationMicrodata organization={parentOrganization} itemProp="parentOrganization" />}
      {memberOf && <OrganizationMicrodata organization={memberOf} itemProp="memberOf" />}
    </div>
  )
}
