import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ModerationQueue } from '@/components/staff/moderation-queue'
import { allows, requireStaff } from '@/lib/auth/staff'
import { getContent } from '@/lib/content'
import { getDb } from '@/lib/db/client'
import { pendingComments } from '@/lib/db/queries/comments'
import { DeskPage } from '../../desk-page'
import { decide } from '../actions'

export const metadata: Metadata = { title: 'Moderation queue' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ published?: string; rejected?: string; already?: string }>
}

// The queue shows the oldest 50 pending comments, so it stays quick with
// thousands waiting; deciding one brings the next into view.
export default async function QueuePage({ params, searchParams }: Props) {
  const staff = await requireStaff('moderator', 'secretariat')
  const { slug } = await params
  const entry = getContent().entry('publications', 'en', slug)
  if (!entry?.data.consultation) notFound()
  const [{ comments, total }, done] = await Promise.all([pendingComments(getDb(), slug), searchParams])
  const canExport = allows(staff, ['secretariat'])
  const canModerate = allows(staff, ['moderator'])
  return (
    <DeskPage staff={staff} title={`Comments: ${entry.data.title}`}>
      <p className="mt-2">
        <a href="/staff/comments" className="text-brand-800 underline">
          All consultations
        </a>
      </p>
      {(done.published || done.rejected || done.already) && (
        <p role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          {done.published && `Comment ${done.published} published.`}
          {done.rejected && `Comment ${done.rejected} rejected.`}
          {done.already && `Comment ${done.already} had already been decided by someone else.`}
        </p>
      )}
      {canExport && (
        <p className="mt-4">
          Every comment, with its status, for the report:{' '}
          <a href={`/staff/comments/${slug}/export?format=csv`} className="text-brand-800 underline">
            CSV
          </a>{' '}
          ·{' '}
          <a href={`/staff/comments/${slug}/export?format=json`} className="text-brand-800 underline">
            JSON
          </a>
        </p>
      )}
      <h2 className="mt-8 text-xl font-semibold">Waiting for moderation: {total}</h2>
      <ModerationQueue comments={comments} consultation={slug} decide={canModerate ? decide : undefined} />
    </DeskPage>
  )
}
