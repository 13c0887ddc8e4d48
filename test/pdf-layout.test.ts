/**
 * The PDF layout steps on made-up text items (no PDF.js, no corpus): lines
 * and raised markers, furniture by position and repetition, paragraphs by
 * gap and indent, a paragraph over a page break, footnotes under the rule.
 */
import {describe, expect, it} from 'vitest'
import {blockText} from '../src/read/blocks.js'
import {fontStyle, linesOf, packLines, runsOf, type TextItemLike} from '../src/read/pdf/lines.js'
import {layout, type PageLines} from '../src/read/pdf/layout.js'
import {measure} from '../src/read/pdf/measure.js'

const fonts = {r: 'BCDEEE+TimesNewRomanPSMT', i: 'BCDFEE+TimesNewRomanPS-ItalicMT', b: 'BCDGEE+TimesNewRomanPS-BoldMT'}

/** An item: text at x, y in a size and font; its width as Times would give it, roughly. */
function item(str: string, x: number, y: number, size = 10, font: keyof typeof fonts = 'r'): TextItemLike {
  return {str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.45, fontName: font}
}

function page(number: number, items: TextItemLike[]): PageLines {
  return {page: number, width: 612, height: 792, lines: linesOf(runsOf(items, fonts), number)}
}

describe('fonts and lines', () => {
  it('reads italic and bold from the font name', () => {
    expect(fontStyle('BCDKEE+TimesNewRomanPS-ItalicMT')).toEqual({italic: true, bold: false})
    expect(fontStyle('Arial-BoldItalicMT')).toEqual({italic: true, bold: true})
    expect(fontStyle(undefined)).toEqual({italic: false, bold: false})
  })

  it('puts a raised smaller digit on the line it stands on, as a marker', () => {
    const lines = linesOf(runsOf([item('Development', 123, 291.8), item('1', 186.5, 295.3, 6.5), item('and its implementation', 198, 291.8)], fonts), 1)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.runs.map((run) => [run.text, run.raised ?? false])).toEqual([['Development', false], ['1', true], ['and its implementation', false]])
  })

  it('packs a page\'s lines and reads them back with every field as it was', () => {
    const items = [
      item('  Recalling', 147, 382, 10, 'i'), item('its resolution 79/1 ', 200, 382), item('2', 292, 385.5, 6.5),
      item('A/RES/80/9', 480, 735.5, 10, 'b'), item('great deal about nothing at all,', 123, 370), item('Décide « enfin »', 300, 370)
    ]
    const lines = linesOf(runsOf(items, fonts), 4)
    const packed = packLines(lines, 4)
    expect(packed).toHaveLength(3)
    expect(JSON.parse(JSON.stringify(packed))).toEqual(JSON.parse(JSON.stringify(lines)))
    expect(packed.map((line) => line.text)).toEqual(['A/RES/80/9', 'Recalling its resolution 79/1 2', 'great deal about nothing at all, Décide « enfin »'])
    expect(packed[1]!.runs[2]).toEqual({text: '2', x: 292, y: 385.5, width: lines[1]!.runs[2]!.width, size: 6.5, italic: false, bold: false, raised: true})
    expect(packed.map((line) => [line.page, line.y, line.size, line.x])).toEqual([[4, 735.5, 10, 480], [4, 382, 10, 147], [4, 370, 10, 123]])
  })
})

describe('layout', () => {
  const header = (number: number): TextItemLike[] => [item('A/RES/80/9', number % 2 === 0 ? 60 : 500, 733, 8.5, 'b')]
  const footer = (number: number): TextItemLike[] => [item(number + '/3 25-12345', 60, 36.7, 8.5)]
  const pages = [
    page(1, [
      item('United Nations', 123, 734, 14), item('A/RES/80/9', 480, 735.5, 10),
      item('General Assembly', 123, 705, 20, 'b'), item('Distr.: General', 397, 705.3),
      item('3 December 2025', 397, 693.6), item('Original: English', 397, 669.6),
      item('Eightieth session', 60, 569.7, 10, 'b'), item('Agenda item 12', 60, 557.7),
      item('80/9. A made-up title', 85, 424.5, 12, 'b'),
      item('The General Assembly', 147, 400, 10, 'i'), item(',', 237, 400),
      item('Recalling', 147, 382, 10, 'i'), item('its resolution 79/1 of 1 January 2025, which says a', 191, 382),
      item('great deal about nothing at all,', 123, 370),
      item('1.', 147, 352), item('Decides', 160, 352, 10, 'i'), item('to do something that takes more than one line of', 200, 352),
      item('this page and runs on to the next', 123, 340),
      item('____________', 100, 94.6, 8, 'b'),
      item('1', 117, 83.5, 5.5), item('A footnote that runs on', 123.4, 80.5, 8.5),
      item('25-12345 (E)', 65, 44.4), item('*2512345*', 65, 29.8, 12)
    ]),
    page(2, [
      ...header(2),
      item('page, whatever word it starts with;', 123, 707.5),
      item('2.', 147, 689.5), item('Requests', 160, 689.5, 10, 'i'), item('a report.', 210, 689.5),
      item('____________', 100, 94.6, 8, 'b'),
      item('to the next page.', 123.4, 80.5, 8.5),
      ...footer(2)
    ]),
    page(3, [...header(3), item('Annex', 123, 707.5, 10, 'b'), item('Something annexed.', 123, 689.5), ...footer(3)])
  ]
  const result = layout(pages)
  const texts = result.blocks.map(blockText)

  it('reads the masthead by position', () => {
    expect(result.front).toMatchObject({symbol: 'A/RES/80/9', distribution: 'General', date: '3 December 2025', language: 'English', session: 'Eightieth session', agendaItem: 'Agenda item 12', title: 'A made-up title'})
    expect(texts.slice(0, 4)).toEqual(['United Nations', 'A/RES/80/9', 'General Assembly', 'Distr.: General'])
  })

  it('sets aside running headers and footers, keeps a paragraph over the page break whole', () => {
    expect(texts).toContain('The General Assembly,')
    expect(texts).toContain('1. Decides to do something that takes more than one line of this page and runs on to the next page, whatever word it starts with;')
    expect(texts).toContain('2. Requests a report.')
    expect(texts).toContain('Annex')
    expect(result.text).not.toMatch(/25-12345|\*2512345\*/)
    // The symbol stays once: in the masthead, not as the running header.
    expect(result.text.split('A/RES/80/9')).toHaveLength(2)
    expect(result.furniture.map((line) => line.text)).toEqual(['25-12345 (E)', '*2512345*', 'A/RES/80/9', '2/3 25-12345', 'A/RES/80/9', '3/3 25-12345'])
  })

  it('reads the footnote under the rule, continued on the next page, after the body', () => {
    const footnotes = result.blocks.filter((block) => block.kind === 'footnote')
    expect(footnotes.map((block) => [block.footnote, blockText(block)])).toEqual([['1', 'A footnote that runs on to the next page.']])
    expect(result.text.trimEnd().endsWith('[^1]: A footnote that runs on\nto the next page.')).toBe(true)
  })

  it('keeps italics on the pieces', () => {
    const recalling = result.blocks.find((block) => blockText(block).startsWith('Recalling'))!
    expect(recalling.pieces[0]).toMatchObject({text: 'Recalling', emphasis: true, page: 1})
  })
})

describe('a page of short paragraphs', () => {
  // Paragraphs of one or two lines: the gaps between paragraphs (18) outnumber the gaps between lines (12),
  // and the indented first lines (147) are as many as the lines at the margin (123), as on page 1 of
  // fixtures/pdf/subparagraphs-draft. A one-line paragraph ending short of the margin, then an indented one.
  const paragraphs: Array<[string, string?]> = [
    ['Recalling its resolutions 78/187 of 19 December 2023 and 79/1 of 22', 'September 2024,'],
    ['Bearing in mind the Declaration on the Granting of Independence to', 'Colonial Countries and Peoples,'],
    ['Taking into account its decision 79/512 and section II of it,'],
    ['Deeply concerned that small island Territories remain very much', 'exposed to tropical cyclones,'],
    ['Having considered the report of the Secretary-General,'],
    ['Noting the outcome of the meeting held on 3 April 2024 in New', 'York and of the one before it,']
  ]
  const items: TextItemLike[] = [item('The General Assembly,', 147, 600, 10, 'i')]
  let y = 600
  for (const [first, second] of paragraphs) {
    y -= 18
    items.push(item(first, 147, y))
    if (second) items.push(item(second, 123, (y -= 12)))
  }
  const pages = [page(1, items)]
  const result = layout(pages)
  const texts = result.blocks.map(blockText)

  it('measures the leading between the lines of a paragraph, not between paragraphs', () => {
    expect(measure(pages)).toEqual({size: 10, leading: 12})
  })

  it('takes the gap between lines for the leading and the margin for the left edge: every paragraph a block', () => {
    expect(texts).toEqual(['The General Assembly,', ...paragraphs.map((lines) => lines.join(' '))])
  })
})
