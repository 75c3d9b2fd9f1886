// Next regenerates a stale pre-rendered page when a request finds it, and
// gives that request the older copy. A statement page whose comments were
// approved during a quiet spell would so show its first visitor the page
// from before. Asking for each live page every few seconds, on every
// instance, keeps what visitors get within about 30 s (the pages' revalidate)
// plus this interval of the database and the clock, whatever the traffic.
// The request goes through the request guard, whose script-free copy is at
// most 5 s old (deploy/reading-pages.cjs): each round reaches Next.
export const REFRESH_EVERY_MS = 10_000

export function startPageRefresher(origin: string, paths: readonly string[], everyMs = REFRESH_EVERY_MS): () => void {
  if (paths.length === 0) return () => {}
  let busy = false
  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      for (const path of paths) {
        // Not up yet, or restarting: the next round asks again.
        await fetch(`${origin}${path}`, { headers: { 'user-agent': 'ispcp-page-refresh' } }).then(
          (response) => response.arrayBuffer(),
          () => undefined,
        )
      }
    } finally {
      busy = false
    }
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
