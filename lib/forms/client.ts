/**
 * The visitor's address, for rate limits. X-Forwarded-For is believed only
 * behind a proxy we run (TRUST_PROXY=1); otherwise deploy/request-guard.cjs
 * has put the socket's address in X-Real-IP over anything the client sent.
 * Never stored in clear: lib/forms/rate-limit.ts hashes it.
 */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  if (env.TRUST_PROXY === '1') {
    const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (first) return first
  }
  return headers.get('x-real-ip')?.trim() || 'unknown'
}
