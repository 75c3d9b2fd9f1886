// Alerts and calls without a database: the forms' contracts, tokens, calls
// by the clock, the route list, the front matter check, the mails as text
// and HTML, and ALERT_RATE.
import { MEMBERS_PATH } from '@/lib/members/directory'
import { describe, expect, it } from 'vitest'
import { callOpen, callPhase, openAnnouncements } from '@/lib/alerts/calls'
import { alertMailer, callResponseMails, confirmationMail, mailHtml, mailText } from '@/lib/alerts/mail'
import { ALERT_FORM_PATHS } from '@/lib/alerts/paths'
import { alertRate, DEFAULT_ALERT_RATE } from '@/lib/alerts/sender'
import { checkManage, checkSubscribe } from '@/lib/alerts/subscription'
import { checkTakePart } from '@/lib/alerts/take-part'
import { isToken, newToken } from '@/lib/alerts/tokens'
import { ContentError, formatProblem, loadContent } from '@/lib/content'
import type { Subscription } from '@/lib/db/queries/alerts'
import { formPaths, livePaths, sitePaths } from '@/lib/routes'
import { fixtureWith } from './content-fixture'

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v)
  return data
}

describe('the subscribe form', () => {
  it('takes an address, at least one known topic and consent', () => {
    expect(checkSubscribe(form({ email: ' ana@example.org ', topics: ['consultations', 'calls'], consent: 'yes' }))).toEqual({
      ok: true,
      input: { email: 'ana@example.org', topics: ['calls', 'consultations'] },
    })
  })

  it('names each problem by field, and keeps what was sent', () => {
    const result = checkSubscribe(form({ email: 'not an address', topics: ['spam'] }))
    expect(result).toEqual({
      ok: false,
      errors: { email: 'errorEmail', topics: 'errorTopics', consent: 'errorConsent' },
      values: { email: 'not an address', topics: ['spam'] },
    })
    expect(checkSubscribe(form({ email: '', consent: 'yes' }))).toMatchObject({ errors: { email: 'errorRequired', topics: 'errorTopics' } })
    expect(checkSubscribe(form({ email: 'a@b.org\r\nBcc: x@y.org', topics: 'calls', consent: 'yes' }))).toMatchObject({
      errors: { email: 'errorMarkup' },
    })
  })

  it('manages topics and a language of the site', () => {
    expect(checkManage(form({ topics: 'consultations', locale: 'ar' }))).toEqual({
      ok: true,
      input: { topics: ['consultations'], locale: 'ar' },
    })
    expect(checkManage(form({ locale: 'xx' }))).toMatchObject({ ok: false, errors: { topics: 'errorTopics', locale: 'errorLocale' } })
  })
})

describe('the take-part form', () => {
  it('needs a name, an address and consent; organisation and message are optional', () => {
    expect(checkTakePart(form({ name: ' Ana ', organisation: '', email: 'ana@example.org', message: '', consent: 'yes' }))).toEqual({
      ok: true,
      input: { name: 'Ana', organisation: null, email: 'ana@example.org', message: null },
    })
    expect(checkTakePart(form({ name: '', email: 'x', message: 'a'.repeat(4001) }))).toMatchObject({
      ok: false,
      errors: { name: 'errorRequired', email: 'errorEmail', message: 'errorTooLong', consent: 'errorConsent' },
    })
    expect(checkTakePart(form({ name: '<b>Ana</b>', email: 'ana@example.org', consent: 'yes' }))).toMatchObject({
      errors: { name: 'errorMarkup' },
    })
  })
})

describe('tokens', () => {
  it('are 256 random bits, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken))
    expect(tokens.size).toBe(1000)
    for (const t of tokens) expect(isToken(t)).toBe(true)
    expect(isToken('short')).toBe(false)
    expect(isToken(`${newToken()}/`)).toBe(false)
  })
})

const withCall = (call: string, extra: Record<string, string | ((old: string) => string)> = {}) =>
  fixtureWith({ 'en/working-groups/alpha.md': (old) => old.replace('updated:', `${call}\nupdated:`), ...extra })

const problemsOf = (root: string) => {
  try {
    loadContent(root)
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem)
    throw error
  }
  return []
}

describe('calls for participants', () => {
  const call = { opens: '2030-01-01T00:00:00Z', closes: '2030-02-01T00:00:00+01:00' }

  it('are upcoming, open, then closed by the clock', () => {
    expect(callPhase(call, new Date('2029-12-31T23:59:59Z')).phase).toBe('upcoming')
    expect(callPhase(call, new Date('2030-01-01T00:00:00Z')).phase).toBe('open')
    expect(callOpen(call, new Date('2030-01-31T22:59:59Z'))).toBe(true)
    expect(callOpen(call, new Date('2030-01-31T23:00:00Z'))).toBe(false)
    expect(callOpen(undefined, new Date())).toBe(false)
  })

  it('are checked in front matter: moments with an offset, in order, the same in every translation', () => {
    const block = 'call:\n  opens: 2030-01-01T00:00:00Z\n  closes: 2030-02-01T00:00:00Z\ncallNote: Two reviewers wanted.'
    expect(problemsOf(withCall(block))).toEqual([])
    expect(problemsOf(withCall('call:\n  opens: "2030-01-01"\n  closes: 2031-01-01T00:00:00Z'))).toEqual([
      expect.stringMatching(/alpha\.md: call\.opens: expected an ISO date-time with an offset/),
    ])
    expect(problemsOf(withCall('call:\n  opens: 2030-01-01T00:00:00Z\n  closes: 2029-01-01T00:00:00Z'))).toEqual([
      expect.stringMatching(/alpha\.md: call\.closes: must be after opens/),
    ])
    expect(problemsOf(withCall('callNote: Wanted.'))).toEqual([expect.stringMatching(/alpha\.md: callNote: a callNote needs a call/)])
    const translated = (call: string) =>
      withCall(block, {
        'fr/working-groups/alpha.md': `---\ntitle: Alpha\nsummary: Un groupe.\nstatus:\n  value: current\n  asOf: "2026-10"\n  source: La charte du groupe\n  sourceUrl: https://example.org/alpha\ntopics: [security]\n${call}updated: "2026-01-01"\n---\nTexte.\n`,
      })
    expect(problemsOf(translated('call:\n  opens: 2030-01-01T01:00:00+01:00\n  closes: 2030-02-01T00:00:00Z\n'))).toEqual([])
    expect(problemsOf(translated('call:\n  opens: 2030-01-02T00:00:00Z\n  closes: 2030-02-01T00:00:00Z\n'))).toEqual([
      expect.stringMatching(/fr\/working-groups\/alpha\.md: call\.opens: must match the English/),
    ])
    expect(problemsOf(translated(''))).toEqual([expect.stringMatching(/fr\/working-groups\/alpha\.md: call: .*copy its call block/)])
  })

  it('give the group a take-part form page and make its page and the open-call list live pages', () => {
    const content = loadContent(withCall('call:\n  opens: 2030-01-01T00:00:00Z\n  closes: 2030-02-01T00:00:00Z'))
    expect(formPaths(content)).toEqual([...ALERT_FORM_PATHS, '/working-groups/alpha/take-part'].sort())
    // The member list is live on every site (lib/members).
    expect(livePaths(content)).toEqual(['/working-groups/filter/calls', '/working-groups/alpha', MEMBERS_PATH])
    expect(sitePaths(content)).toContain('/working-groups/filter/calls')
    expect(openAnnouncements(content, new Date('2030-01-15T00:00:00Z'))).toEqual([
      { topic: 'calls', subject: 'alpha', opens: new Date('2030-01-01T00:00:00Z'), closes: new Date('2030-02-01T00:00:00Z') },
    ])
    expect(openAnnouncements(content, new Date('2030-02-15T00:00:00Z'))).toEqual([])
  })
})

describe('alert mails', () => {
  const site = new URL('https://www.example.org')
  const content = loadContent('tests/fixtures/content/site')
  const subscription = (locale: string): Subscription => ({
    id: 7,
    token: 'T'.repeat(43),
    email: 'ana@example.org',
    locale,
    topics: ['calls'],
    confirmationSentAt: new Date('2030-01-01T00:00:00Z'),
    confirmedAt: null,
    createdAt: new Date('2030-01-01T00:00:00Z'),
  })

  it('escape what they quote in HTML, and keep it as is in text', () => {
    const blocks = [{ text: 'A <b> & "quote"\nsecond line' }, { text: 'Link:', url: 'https://x.org/?a=1&b=<2>' }]
    expect(mailText(blocks)).toBe('A <b> & "quote"\nsecond line\n\nLink:\nhttps://x.org/?a=1&b=<2>')
    const html = mailHtml('ar', 'S <s>', blocks)
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<title>S &lt;s&gt;</title>')
    expect(html).toContain('<p>A &lt;b&gt; &amp; &quot;quote&quot;<br>second line</p>')
    expect(html).toContain(`<a href="https://x.org/?a=1&amp;b=&lt;2&gt;" dir="ltr">`)
  })

  it('carry a visible unsubscribe link and the one-click headers, each with the subscription own token', async () => {
    for (const locale of ['en', 'ar', 'zh']) {
      const mail = await confirmationMail(site, subscription(locale))
      expect(mail.locale).toBe(locale)
      expect(mail.headers).toEqual({
        'List-Unsubscribe': `<https://www.example.org/alerts/unsubscribe/${'T'.repeat(43)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      })
      expect(mail.body).toContain(`https://www.example.org/${locale}/alerts/confirm?token=${'T'.repeat(43)}`)
      expect(mail.body).toContain(`https://www.example.org/${locale}/alerts/unsubscribe?token=${'T'.repeat(43)}`)
      expect(mail.html).toContain(`href="https://www.example.org/${locale}/alerts/unsubscribe?token=${'T'.repeat(43)}"`)
    }
  })

  it("are in the subscriber's language where the page is translated, and name the group, its page and dates", async () => {
    const a = {
      id: 3,
      topic: 'calls' as const,
      subject: 'zeta-group',
      opens: new Date('2021-03-01T00:00:00Z'),
      closes: new Date('2099-12-31T17:00:00Z'),
    }
    const mail = alertMailer(site, content, a)
    const ar = await mail(subscription('ar'))
    expect([ar.key, ar.locale, ar.subject, ar.paced]).toEqual(['alert:3:7', 'ar', 'مطلوب مشاركون: مجموعة زيتا', true])
    expect(ar.body).toContain('تبحث المجموعة التجريبية عن شخصين')
    expect(ar.body).toContain('https://www.example.org/ar/working-groups/zeta-group')
    expect(ar.body).toContain(`https://www.example.org/ar/alerts/manage?token=${'T'.repeat(43)}`)
    const zh = await mail(subscription('zh'))
    expect(zh.subject).toBe('征集参与者：泽塔工作组')
    expect(zh.body).toContain('2099年12月31日')
    // No French translation of the group: the mail is in English.
    const fr = await mail(subscription('fr'))
    expect([fr.locale, fr.subject]).toEqual(['en', 'Participants wanted: Zeta group'])
    expect(fr.body).toContain('Open from March 1, 2021 at 12:00 AM UTC until December 31, 2099 at 5:00 PM UTC.')
  })

  it('of an answer to a call: the Secretariat is told in English, the person in their language', async () => {
    const response = {
      id: 5,
      submission: '00000000-0000-4000-8000-000000000000',
      workingGroup: 'zeta-group',
      callOpensAt: new Date('2021-03-01T00:00:00Z'),
      locale: 'ar',
      name: 'سارة',
      organisation: null,
      email: 'sara@example.org',
      message: 'أدير شبكة.',
      createdAt: new Date(),
    }
    const [notification, confirmation] = await callResponseMails(
      response,
      { en: 'Zeta group', own: 'مجموعة زيتا' },
      'secretariat@example.org',
      'https://desk',
    )
    expect([notification!.recipient, notification!.locale, notification!.subject]).toEqual([
      null,
      'en',
      'Call for participants, Zeta group: سارة',
    ])
    expect(notification!.body).toContain('E-mail: sara@example.org')
    expect(notification!.body).toContain('أدير شبكة.')
    expect([confirmation!.recipient, confirmation!.locale]).toEqual(['sara@example.org', 'ar'])
    expect(confirmation!.body).toContain('مجموعة زيتا')
    expect(confirmation!.body).toContain('secretariat@example.org')
  })
})

describe('ALERT_RATE', () => {
  it('is 5 a second unless set to a positive number', () => {
    expect(DEFAULT_ALERT_RATE).toBe(5)
    expect(alertRate({})).toBe(5)
    expect(alertRate({ ALERT_RATE: '20' })).toBe(20)
    expect(alertRate({ ALERT_RATE: '0' })).toBe(5)
    expect(alertRate({ ALERT_RATE: 'fast' })).toBe(5)
  })
})
