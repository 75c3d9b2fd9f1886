// The Better Auth endpoints the desk uses over HTTP. Better Auth answers many
// more (update-user, change-password, change-email, delete-user, …): each one
// would change an account without the audit log, so they are refused.
const ALLOWED: Record<string, RegExp> = {
  GET: /^\/api\/auth\/(get-session|ok|error|callback\/github)$/,
  POST: /^\/api\/auth\/(sign-in\/email|sign-in\/social|sign-out)$/,
}

export function authEndpointAllowed(method: string, pathname: string): boolean {
  return ALLOWED[method]?.test(pathname.replace(/\/+$/, '')) ?? false
}
