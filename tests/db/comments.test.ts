import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { addComment, countsByPoint, decideComment, exportComments, pendingComments, publishedComments } from '../../lib/db/queries/comments'
import { auditLog, consultationComment } from '../../lib/db/schema'
import { testDatabase, unique } from './connect'
import { csvLines } from '../support/csv'

const { db } = testDatabase()
const moderator = { id: 'moderator-test', email: 'moderator@example.org' }

const comment = (consultation: string, extra: Partial<Parameters<typeof addComment>[1]> = {}) => ({
  submission: randomUUID(),
  consultation,
  locale: 'en',
  name: 'Ada',
  email: 'ada@example.org',
  body: 'A comment',
  ...extra,
})

describe('consultation comments', () => {
  it('stores the same submission once, however often and concurrently it is sent', async () => {
    const slug = unique('c')
    const input = comment(slug)
    const results = await Promise.all(Array.from({ length: 10 }, () => addComment(db, input)))
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
    expect(await db.select().from(consultationComment).where(eq(consultationComment.consultation, slug))).toHaveLength(1)
  })

  it('queues oldest first, publishes in the order received, decides once, and logs a rejection reason', async () => {
    const slug = unique('c')
    const ids = []
    for (const name of ['first', 'second', 'third']) ids.push((await addComment(db, comment(slug, { name }))).id)
    expect((await pendingComments(db, slug)).comments.map((c) => c.name)).toEqual(['first', 'second', 'third'])

    expect(await decideComment(db, { id: ids[2]!, decision: 'published', actor: moderator })).toBe(true)
    expect(await decideComment(db, { id: ids[0]!, decision: 'published', actor: moderator })).toBe(true)
    expect(await decideComment(db, { id: ids[1]!, decision: 'rejected', reason: 'off topic', actor: moderator })).toBe(true)
    // Already decided: a second moderator's click changes nothing.
    expect(await decideComment(db, { id: ids[1]!, decision: 'published', actor: moderator })).toBe(false)

    const published = await publishedComments(db, slug, { offset: 0, limit: 50 })
    expect(published.total).toBe(2)
    expect(published.comments.map((c) => c.name)).toEqual(['first', 'third'])
    expect(published.comments[0]).not.toHaveProperty('email')
    const [rejection] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'comment-rejected'), eq(auditLog.target, `comment:${ids[1]}`)))
    expect(rejection?.detail).toEqual({ consultation: slug, reason: 'off topic' })
  })

  it('exports every comment with its status, spreadsheet formulas made inert, and logs the export', async () => {
    const slug = unique('c')
    const { id } = await addComment(db, comment(slug, { body: '=HYPERLINK("http://evil")\nsecond line', organisation: 'Org, Inc.' }))
    await addComment(db, comment(slug, { name: 'Bea' }))
    await decideComment(db, { id, decision: 'published', actor: moderator })
    const csv = await exportComments(db, slug, 'csv', moderator)
    const lines = csvLines(csv)
    expect(lines[0]).toBe('id,status,point,createdAt,name,organisation,email,locale,body,decidedAt,decidedBy')
    // The whole draft: an empty point.
    expect(lines[1]).toContain(`${id},published,,`)
    expect(lines[1]).toContain('"Org, Inc."')
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")\nsecond line"`)
    const json = JSON.parse(await exportComments(db, slug, 'json', moderator))
    expect(json.comments.map((c: { status: string }) => c.status)).toEqual(['published', 'pending'])
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'comments-exported'), eq(auditLog.target, `consultation:${slug}`))),
    ).toHaveLength(2)
  })

  it('keeps the point a comment is about: counted, queued, published and exported by point', async () => {
    const slug = unique('c')
    const ids: Record<string, number> = {}
    for (const [name, point] of [
      ['on three', 3],
      ['whole', undefined],
      ['on one', 1],
      ['also three', 3],
    ] as const)
      ids[name] = (await addComment(db, comment(slug, { name, point }))).id
    expect((await pendingComments(db, slug, { point: 3 })).comments.map((c) => [c.name, c.point])).toEqual([
      ['on three', 3],
      ['also three', 3],
    ])
    expect((await pendingComments(db, slug, { point: 'whole' })).comments.map((c) => c.name)).toEqual(['whole'])
    expect(await countsByPoint(db, slug, 'pending')).toEqual(
      new Map<number | null, number>([
        [3, 2],
        [null, 1],
        [1, 1],
      ]),
    )
    for (const name of ['on three', 'whole']) await decideComment(db, { id: ids[name]!, decision: 'published', actor: moderator })
    expect(await countsByPoint(db, slug, 'published')).toEqual(
      new Map<number | null, number>([
        [3, 1],
        [null, 1],
      ]),
    )
    const onThree = await publishedComments(db, slug, { offset: 0, limit: 50, point: 3 })
    expect([onThree.total, onThree.comments.map((c) => c.name)]).toEqual([1, ['on three']])

    const grouped = JSON.parse(await exportComments(db, slug, 'json', moderator, { byPoint: true }))
    expect(grouped.comments.map((c: { name: string; point: number | null }) => [c.point, c.name])).toEqual([
      [null, 'whole'],
      [1, 'on one'],
      [3, 'on three'],
      [3, 'also three'],
    ])
    const lines = csvLines(await exportComments(db, slug, 'csv', moderator, { point: 3 }))
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      `${ids['on three']},published,3`,
      `${ids['also three']},pending,3`,
    ])
    const [logged] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'comments-exported'), eq(auditLog.target, `consultation:${slug}`), sql`${auditLog.detail}->>'point' = '3'`),
      )
    expect(logged?.detail).toEqual({ format: 'csv', point: 3 })
  })

  it('refuses a point below 1 even if the form check is bypassed', async () => {
    await expect(addComment(db, comment(unique('c'), { point: 0 }))).rejects.toThrow()
  })

  it('refuses a comment over 10,000 characters even if the form check is bypassed', async () => {
    await expect(addComment(db, comment(unique('c'), { body: 'x'.repeat(10_001) }))).rejects.toThrow()
  })
})
