// Consultation comments under load (npm run bench, BENCH_PARTS=comments):
// how many comments a second the form stores, and how fast the public page
// and the desk's queue answer with 10,000 comments on one consultation.
// Runs on the fixture build (npm run build:fixture), rate limits off
// (FORM_RATE_LIMIT=off), as a load test must.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { drizzle } from 'drizzle-orm/node-postgres'
import { createPool } from '../lib/db/client'
import { startEmbedded } from '../lib/db/embedded'
import * as schema from '../lib/db/schema'
import { serveBuild } from '../scripts/serve-build'
import { FormClient, hiddenInputs } from '../tests/support/form-client'
import { addStaff } from '../tests/support/staff-accounts'

const OPEN = 'amaranth-consultation'
const PAGE = `/en/consultations/${OPEN}`
const COMMENTS = 10_000

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

async function timedGet(client: FormClient, path: string, times: number): Promise<{ p50: number; p95: number; status: number }> {
  const ms: number[] = []
  let status = 0
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    status = (await client.get(path)).status
    ms.push(performance.now() - start)
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), status }
}

export async function commentBench(
  print: { section: (title: string) => void; table: (header: string[], rows: (string | number)[][]) => void },
  seconds: number,
) {
  print.section(
    `Consultation comments: submissions, and pages with ${COMMENTS.toLocaleString('en')} comments (fixture build, FORM_RATE_LIMIT=off)`,
  )
  if (!existsSync('.next-fixture/standalone/server.js')) {
    console.log('No fixture build in .next-fixture: run npm run build:fixture first. Skipped.')
    return
  }
  const server = await serveBuild({
    keepDataDir: true,
    env: { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/content/site', FORM_RATE_LIMIT: 'off' },
  })
  const embedded = await startEmbedded({ dir: server.dataDir, reuse: true })
  const pool = createPool(embedded.url, 4)
  try {
    // 1. Submissions: 16 visitors, each sending comments one after another.
    const client = new FormClient(server.url)
    const form = hiddenInputs((await client.get(PAGE)).body, 'comment')
    const deadline = Date.now() + seconds * 1000
    const latencies: number[] = []
    let failed = 0
    await Promise.all(
      Array.from({ length: 16 }, async (_, v) => {
        for (let i = 0; Date.now() < deadline; i++) {
          const start = performance.now()
          const answer = await client.post(PAGE, {
            ...form,
            submission: randomUUID(),
            name: `Bench ${v}-${i}`,
            organisation: 'Bench ISP',
            email: `bench${v}@example.org`,
            comment: `Comment ${i} from visitor ${v}.\n`.repeat(20),
            consent: 'yes',
            fax: '',
          })
          if (answer.status === 303) latencies.push(performance.now() - start)
          else failed++
        }
      }),
    )
    print.table(
      ['comment submissions', 'stored/s', 'p50 ms', 'p99 ms', 'refused or failed'],
      [
        [
          '16 concurrent visitors',
          (latencies.length / seconds).toFixed(0),
          percentile(latencies, 50).toFixed(0),
          percentile(latencies, 99).toFixed(0),
          failed,
        ],
      ],
    )

    // 2. 10,000 published comments and 10,000 waiting, written straight to the database.
    const db = drizzle(pool, { schema })
    for (const status of ['published', 'pending'] as const) {
      for (let batch = 0; batch < COMMENTS; batch += 1000) {
        await db.insert(schema.consultationComment).values(
          Array.from({ length: 1000 }, (_, i) => ({
            submission: randomUUID(),
            consultation: OPEN,
            locale: 'en',
            name: `Seeded ${status} ${batch + i}`,
            email: `seeded${i}@example.org`,
            body: 'A seeded comment of a few lines.\nSecond line.',
            status,
          })),
        )
      }
    }
    addStaff({ dataDir: server.dataDir }, 'bench-moderator@example.org', 'moderator', 'bench-moderator-password')
    const moderator = new FormClient(server.url)
    await moderator.signIn('bench-moderator@example.org', 'bench-moderator-password')
    const rows: (string | number)[][] = []
    for (const [label, who, path] of [
      ['comment page, first', client, PAGE],
      ['comment page, last (page 200+)', client, `${PAGE}?page=${Math.ceil((COMMENTS + latencies.length) / 50)}`],
      ['statement (ISR, from cache)', client, `/en/publications/${OPEN}`],
      ['desk queue (oldest 50 of 10,000)', moderator, `/staff/comments/${OPEN}`],
    ] as const) {
      await timedGet(who, path, 3) // warm up
      const r = await timedGet(who, path, 30)
      rows.push([label, r.status, r.p50.toFixed(0), r.p95.toFixed(0)])
    }
    print.table(['page, 30 requests one at a time', 'status', 'p50 ms', 'p95 ms'], rows)
    console.log('Goal: the public page in under 1 s of server time with 10,000 comments.')
  } finally {
    await pool.end()
    await server.stop()
    const { rmSync } = await import('node:fs')
    rmSync(server.dataDir, { recursive: true, force: true })
  }
}
