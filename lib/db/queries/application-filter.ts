import { applicationStatuses, type ApplicationStatus } from '../schema'
import type { ApplicationFilter } from './applications'

/** The desk's list filters from a query string; anything unknown is ignored. */
export function applicationFilter(params: URLSearchParams): ApplicationFilter {
  const status = params.get('status') ?? ''
  const search = (params.get('q') ?? '').trim().slice(0, 200)
  return {
    status: applicationStatuses.includes(status as ApplicationStatus) ? (status as ApplicationStatus) : undefined,
    search: search || undefined,
  }
}
