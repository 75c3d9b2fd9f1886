import { headers } from 'next/headers'
import { DATABASE_STATE_HEADER } from '@/lib/db/reachability'

// True when the proxy found the database unreachable for this request (it
// then answers 503): the form page says so above the form.
export async function databaseUnavailable(): Promise<boolean> {
  return (await headers()).get(DATABASE_STATE_HEADER) === 'unavailable'
}
