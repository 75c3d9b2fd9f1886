import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startPageRefresher } from '@/lib/page-refresh'

const stops: (() => void)[] = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

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
    await sleep(300)
    stop()
    const rounds = asked.filter((path) => path === '/en').length
    expect(rounds).toBeGreaterThanOrEqual(2)
    expect(asked.filter((path) => path === '/ar/publications/x').length).toBeGreaterThanOrEqual(rounds - 1)
    // A request sent just before stop() may still arrive: let those land, then no new round may start.
    await sleep(150)
    const after = asked.length
    await sleep(300)
    expect(asked.length).toBe(after)
  })
})
