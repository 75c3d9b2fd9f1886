/**
 * The visitor's address, for rate limits: deploy/request-guard.cjs, which
 * stands in front of Next, has put it in X-Real-IP over anything the client
 * sent, reading X-Forwarded-For only as far as TRUST_PROXY allows.
 * Never stored in clear: lib/forms/rate-limit.ts hashes it.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-real-ip')?.trim() || 'unknown'
}
