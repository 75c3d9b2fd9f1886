import 'server-only'
import { TOKEN_PARAM } from '@/lib/alerts/paths'
import { isToken } from '@/lib/alerts/tokens'
import { getDb } from '@/lib/db/client'
import { type Subscription, subscriptionByToken } from '@/lib/db/queries/alerts'

/** The subscription named by the page's ?token=, if any. */
export async function subscriptionOf(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const token = (await searchParams)[TOKEN_PARAM]
  const subscription: Subscription | undefined = isToken(token) ? await subscriptionByToken(getDb(), token) : undefined
  return subscription
}
