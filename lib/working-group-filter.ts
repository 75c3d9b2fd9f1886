// The working-group explorer: which groups a filter keeps, which filter URLs
// exist, and the links that switch between them. Pure, so the proxy's path
// list, the pages and the tests all share one definition.

// A group's status as its source states it; `unknown` when the source does
// not say whether the group is still running.
export const groupStatuses = ['current', 'past', 'unknown'] as const
export type GroupStatus = (typeof groupStatuses)[number]

export const statusFilters = ['all', ...groupStatuses] as const
export type StatusFilter = (typeof statusFilters)[number]
export const ALL = 'all'

export interface WorkingGroupFilter {
  status: StatusFilter
  // 'all' or a topic id from content/topics.json.
  topic: string
}

export interface FilterableGroup {
  status: GroupStatus
  topics: readonly string[]
}

export const UNFILTERED: WorkingGroupFilter = { status: 'all', topic: ALL }

// Groups with the status (unless 'all') and the topic (unless 'all'), in
// their original order.
export function filterGroups<T extends FilterableGroup>(groups: readonly T[], filter: WorkingGroupFilter): T[] {
  return groups.filter(
    (g) => (filter.status === 'all' || g.status === filter.status) && (filter.topic === ALL || g.topics.includes(filter.topic)),
  )
}

// Route params are plain strings: only a known status and 'all' or a known
// topic id make a filter; anything else is a 404.
export function parseFilter(status: string, topic: string, topicIds: readonly string[]): WorkingGroupFilter | undefined {
  if (!(statusFilters as readonly string[]).includes(status)) return undefined
  if (topic !== ALL && !topicIds.includes(topic)) return undefined
  return { status: status as StatusFilter, topic }
}

// The path of a filtered view, without the language.
export function filterPath(filter: WorkingGroupFilter): string {
  return `/working-groups/filter/${filter.status}/${filter.topic}`
}

// Every filter: each status × ('all' and each topic).
export function allFilters(topicIds: readonly string[]): WorkingGroupFilter[] {
  const topics = [ALL, ...topicIds.filter((t) => t !== ALL)]
  return statusFilters.flatMap((status) => topics.map((topic) => ({ status, topic })))
}

export function filterPaths(topicIds: readonly string[]): string[] {
  return allFilters(topicIds).map(filterPath)
}

export interface FilterLink {
  label: string
  href: string
  current: boolean
}

export interface FilterLinks {
  status: FilterLink[]
  topic: FilterLink[]
}

export interface FilterLinkOptions {
  current: WorkingGroupFilter
  // Topic ids in the order they are offered.
  topicIds: readonly string[]
  statusLabels: Record<StatusFilter, string>
  allTopicsLabel: string
  topicLabel: (id: string) => string
  // Turns a language-less path into a link (adds the language).
  href: (path: string) => string
}

// The two rows of filter links: changing the status keeps the topic and
// the other way round; the active choice in each row is marked current.
export function filterLinks(o: FilterLinkOptions): FilterLinks {
  return {
    status: statusFilters.map((status) => ({
      label: o.statusLabels[status],
      href: o.href(filterPath({ status, topic: o.current.topic })),
      current: status === o.current.status,
    })),
    topic: [ALL, ...o.topicIds].map((topic) => ({
      label: topic === ALL ? o.allTopicsLabel : o.topicLabel(topic),
      href: o.href(filterPath({ status: o.current.status, topic })),
      current: topic === o.current.topic,
    })),
  }
}
