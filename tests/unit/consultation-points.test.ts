import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '@/lib/content/markdown'
import { firstWords, pointParam, withPointNotes } from '@/lib/consultations/points'

const statement = renderMarkdown('1. First point, about <things> & more\n2. Second\n3. Third\n', {
  file: 'en/publications/x.md',
  linkPrefix: '/en',
  isKnownPath: () => true,
  tokens: {},
  points: true,
})

describe('points on the statement page and in the form', () => {
  it('names a point by its first words, in any script', () => {
    expect(firstWords('As the Internet evolves, so does the need for the participation', 'en')).toBe(
      'As the Internet evolves, so does the need…',
    )
    expect(firstWords('Short one.', 'en')).toBe('Short one.')
    expect(firstWords('随着互联网的发展，越来越多的利益相关方需要参与相关政策的制定活动', 'zh', 4)).toMatch(/^随着互联网.*…$/)
    expect(firstWords('مع تطور الإنترنت، تزداد الحاجة إلى مشاركة مجموعة متنوعة', 'ar', 3)).toBe('مع تطور الإنترنت…')
  })

  it('reads ?point=3 only when the statement has that point', () => {
    expect([
      pointParam('3', 5),
      pointParam(['2', '4'], 5),
      pointParam('6', 5),
      pointParam('0', 5),
      pointParam('x', 5),
      pointParam(undefined, 5),
    ]).toEqual([3, 2, undefined, undefined, undefined, undefined])
  })

  it("puts each point's note at its end, escaped, in the page's language when the text is in another", () => {
    const html = withPointNotes(
      statement.html,
      statement.points,
      (p) =>
        p.number === 2
          ? {
              comment: { href: '/ar/consultations/x?point=2', label: 'علّقوا على النقطة 2' },
              count: { href: '/ar/c?point=2#c', label: '<1> تعليق' },
            }
          : p.number === 3
            ? {}
            : { count: { href: '/ar/c?point=1', label: 'لا تعليقات' } },
      'ar',
      'en',
    )
    expect(html).toContain(
      '<li id="point-2">Second <span class="point-note" lang="ar" dir="rtl"><a href="/ar/consultations/x?point=2">علّقوا على النقطة 2</a> · <a href="/ar/c?point=2#c">&#x3C;1> تعليق</a></span></li>',
    )
    expect(html).toContain('<li id="point-3">Third</li>')
    expect(html).not.toContain('<!--')
    expect(
      withPointNotes(statement.html, statement.points, () => ({ count: { href: '/en/c', label: '1 comment' } }), 'en', 'en'),
    ).toContain('<span class="point-note"><a href="/en/c">1 comment</a></span>')
  })
})
