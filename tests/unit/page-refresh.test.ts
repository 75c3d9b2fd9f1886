import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startPageRefresher } from '@/lib/page-refresh'

const stops: (() => void)[] = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(done: () => boolean, deadline = 20_000) {
  const start = Date.now()
  while (!done()) {
    if (Date.now() - start > deadline) throw new Error('the refresher never asked often enough')
    await sleep(10)
  }
}

// Waits until nothing new arrived for 250 ms.
async function settled(asked: string[]) {
  let seen = -1
  while (seen !== asked.length) {
    seen = asked.length
    await sleep(250)
  }
}

describe('startPageRefresher', () => {
  it('asks for every live page, round after round, until stopped', async () => {
    const asked: string[] = []
    const server = createServer((request, response) => {
      asked.push(request.url ?? '')
      response.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    stops.push(() => server.close())
    const stop = startPageRefresher(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, ['/en', '/ar/publications/x'], 40)
    // Rounds are counted, not timed: a busy machine only makes them slower.
    await until(() => asked.filter((path) => path === '/en').length >= 3)
    stop()
    const rounds = asked.filter((path) => path === '/en').length
    expect(asked.filter((path) => path === '/ar/publications/x').length).toBeGreaterThanOrEqual(rounds - 1)
    // A request sent just before stop() may still arrive: let those land, then no new round may start
    // in the time of several rounds.
    await settled(asked)
    const after = asked.length
    await sleep(400)
    expect(asked.length).toBe(after)
  })
})
