import { z } from 'zod'
import { criterionGroups } from '../eligibility'
import { groupStatuses } from '../working-group-filter'
import { PART_HASH, translatedParts, type TranslatedPart } from './translated-from'

// YAML turns an unquoted 2026-11-23 into a Date; staff should not have to
// know that, so both spellings are accepted and normalised to a string.
const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'),
)

// Publications are often dated only to the year or month in the source.
const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
)

const text = z.string().trim().min(1, 'must not be empty')

// `translatedFrom`, set on a translation: what it was made from, a hash of
// each translated part of the English original (lib/content/translated-from.ts),
// so the status report can tell an outdated translation from a current one.
// `originalLanguageOnly`, set on an English file: the text is kept in English
// (a historical document, a third party's post); its translations hold only
// front matter (title and summary) and no body.
const partHash = z.string().regex(PART_HASH, 'expected the hash `npm run content:status -- --mark` writes').optional()
const translationOf = {
  translatedFrom: z
    .strictObject(Object.fromEntries(translatedParts.map((p) => [p, partHash])) as Record<TranslatedPart, typeof partHash>)
    .optional(),
  originalLanguageOnly: z.boolean().optional(),
}

const httpsUrl = z.url({ protocol: /^https$/ })

// Words people search for that the text may not use ("join", "eligibility"
// for the membership page), in the file's own language. Only the search
// index reads them, ranked just below the title.
const keywords = { keywords: z.array(text).optional() }

// The membership page's eligibility check: the criteria an organisation
// ticks, each in a group. Eligible means at least one `activity` and every
// `required` criterion (lib/eligibility.ts). Ids are the same in every
// language; only the labels are translated.
export const eligibilitySchema = z
  .strictObject({
    intro: text,
    criteria: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'criterion ids are lower-case words joined by -'),
          group: z.enum(criterionGroups),
          label: text,
        }),
      )
      .min(1, 'list at least one criterion'),
    // What an applicant confirms on the application form (/membership/apply).
    declaration: text.optional(),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>()
    value.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `duplicate criterion id "${c.id}"` })
      seen.add(c.id)
    })
  })

export const pageSchema = z.strictObject({
  title: text,
  description: text.max(200),
  nav: z.strictObject({ label: text, order: z.number().int() }).optional(),
  lists: z.enum(['working-groups', 'publications']).optional(),
  eligibility: eligibilitySchema.optional(),
  ...keywords,
  updated: isoDay,
  ...translationOf,
})

// A status is only as good as its source and date: `asOf` is when `source`
// last confirmed `value`, so the site can say how old the claim is.
// `estimated: true` when the source is undated and `asOf` is the editors'
// estimate: the site then says so wherever it shows the date.
export const groupStatusSchema = z.strictObject({
  value: z.enum(groupStatuses),
  asOf: partialDate,
  estimated: z.literal(true).optional(),
  source: text,
  sourceUrl: httpsUrl.optional(),
})

// A moment, with its offset: YAML turns an unquoted 2026-11-01T00:00:00Z
// into a Date, which is the same instant.
const isoDateTime = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString() : v),
  z.iso.datetime({ offset: true, message: 'expected an ISO date-time with an offset, e.g. 2026-11-01T00:00:00Z' }),
)

// A working group's call for participants (lib/alerts/calls.ts): open from
// `opens` until `closes`, the same moments in every translation.
export const callSchema = z
  .strictObject({ opens: isoDateTime, closes: isoDateTime })
  .refine((call) => Date.parse(call.opens) < Date.parse(call.closes), { path: ['closes'], message: 'must be after opens' })

export const workingGroupSchema = z
  .strictObject({
    title: text,
    summary: text.max(400),
    status: groupStatusSchema,
    topics: z.array(z.string()).min(1),
    years: text.optional(),
    link: httpsUrl.optional(),
    call: callSchema.optional(),
    // What the call asks for, translated; shown while it is open.
    callNote: text.max(600).optional(),
    ...keywords,
    updated: isoDay,
    ...translationOf,
  })
  .refine((group) => !group.callNote || group.call, { path: ['callNote'], message: 'a callNote needs a call: { opens, closes }' })

// A publication open for public comment (lib/consultations/). `closes` is a
// moment; for a historical consultation whose closing day the source does
// not give, it may be a year, month or day (YYYY, YYYY-MM, YYYY-MM-DD), and
// then `closedNote` says how it closed and where its comments went, and
// `opens` is left out: such a consultation is shown closed, never open.
export const consultationSchema = z
  .strictObject({
    opens: isoDateTime.optional(),
    closes: z.union([isoDateTime, partialDate], {
      error: 'expected an ISO date-time with an offset, or YYYY / YYYY-MM / YYYY-MM-DD for a past consultation',
    }),
    closedNote: text.optional(),
  })
  .superRefine((value, ctx) => {
    const approximate = !value.closes.includes('T')
    if (approximate) {
      if (!value.closedNote)
        ctx.addIssue({
          code: 'custom',
          path: ['closedNote'],
          message: 'a consultation whose closes is only a date or a year needs a closedNote',
        })
      if (value.opens)
        ctx.addIssue({
          code: 'custom',
          path: ['opens'],
          message: 'leave opens out when closes is only a date or a year (a past consultation)',
        })
      return
    }
    if (!value.opens) ctx.addIssue({ code: 'custom', path: ['opens'], message: 'required when closes is a date-time' })
    else if (Date.parse(value.opens) >= Date.parse(value.closes))
      ctx.addIssue({ code: 'custom', path: ['closes'], message: 'must be after opens' })
  })

export const publicationSchema = z.strictObject({
  title: text,
  summary: text.max(400),
  date: partialDate,
  // Left out when the source does not name one.
  author: text.optional(),
  link: httpsUrl.optional(),
  consultation: consultationSchema.optional(),
  // The report of public comments of the consultation with this file name
  // (lib/consultations/report.ts): its statement links to it.
  reportOf: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected the file name of a consultation, without .md')
    .optional(),
  ...keywords,
  updated: isoDay,
  ...translationOf,
})

export const siteSchema = z.strictObject({
  name: text,
  fullName: text,
  contactEmail: z.email(),
  repositoryUrl: httpsUrl,
  repositoryBranch: text,
})

export const topicsSchema = z
  .record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'topic ids are lower-case words joined by -'), z.object({ en: text }).catchall(text))
  // /working-groups/filter/<status>/all means "any topic".
  .superRefine((topics, ctx) => {
    if (Object.hasOwn(topics, 'all')) {
      ctx.addIssue({ code: 'custom', path: ['all'], message: 'the topic id "all" is reserved for the working-group filter' })
    }
  })

export const collections = {
  pages: pageSchema,
  'working-groups': workingGroupSchema,
  publications: publicationSchema,
} as const

export type CollectionName = keyof typeof collections
export type PageData = z.infer<typeof pageSchema>
export type EligibilityData = z.infer<typeof eligibilitySchema>
export type WorkingGroupData = z.infer<typeof workingGroupSchema>
export type GroupStatusData = z.infer<typeof groupStatusSchema>
export type PublicationData = z.infer<typeof publicationSchema>
export type ConsultationData = z.infer<typeof consultationSchema>
export type CallData = z.infer<typeof callSchema>
export type SiteSettings = z.infer<typeof siteSchema>
export type Topics = z.infer<typeof topicsSchema>
export type CollectionData = {
  pages: PageData
  'working-groups': WorkingGroupData
  publications: PublicationData
}
