/**
 * From the lines of every page to reso's reading-order text and blocks:
 * page furniture set aside by where it stands and how it repeats, the
 * first page's masthead read by position, footnotes taken from below the
 * separator at the foot of each page, paragraphs cut where the layout cuts
 * them (a gap, a first-line indent, a change of style), and a paragraph
 * that runs over a page break kept whole.
 */
import {append} from '../../array.js'
import type {RawBlock} from '../blocks.js'
import type {FrontMatter} from '../types.js'
import {findFurniture, zones} from './furniture.js'
import {allBold, isRule, sameStyle, type Line, type PageLines} from './lines.js'
import {headerEnd, readMasthead, writeHeader} from './masthead.js'
import {leftOf, measure, rightOf, type Measures} from './measure.js'
import {writeLines, Writer} from './write.js'

export type {PageLines} from './lines.js'

/** What the layout makes of the pages. */
export interface Layout {
  text: string
  blocks: RawBlock[]
  front: FrontMatter
  /** Lines set aside as running header, footer or masthead furniture. */
  furniture: Line[]
  /** How many footnotes were read. */
  footnotes: number
}

/** An annex's heading on a line of its own: "Annex", "Annex II", "Annexes". */
const annexLine = /^Annex(?:es)?(?: [IVX]{1,6}| [A-Z]| \d{1,2})?$/

/** Lay out the pages into text and blocks. */
export function layout(pages: readonly PageLines[]): Layout {
  const measures = measure(pages)
  const writer = new Writer()
  const masthead = readMasthead(pages[0], measures)
  const {front} = masthead
  const ranges = findFurniture(pages, measures, front.symbol)
  const {body, notes, furniture} = zones(pages, ranges, masthead.lines, masthead.bodyFrom, measures)
  const header = headerEnd(body, pages, measures)
  const blocks = writeHeader(writer, masthead.cells, body.slice(0, header.end), measures, front)
  append(blocks, writeBody(writer, pages, ranges, body, header, measures))
  // Footnotes after the body.
  for (const note of notes) {
    writer.add('[^' + note.id + ']: ')
    const pieces = writeLines(writer, note.lines, note.id !== '')
    writer.add('\n\n')
    blocks.push({kind: 'footnote', footnote: note.id, pieces})
  }
  return {text: writer.done(), blocks, front, furniture, footnotes: notes.length}
}

/**
 * The body's lines (after the header) into blocks, where the layout cuts
 * them; small print (a table and its notes) stays one block.
 */
function writeBody(writer: Writer, pages: readonly PageLines[], ranges: ReadonlyArray<{from: number; to: number}>, body: readonly Line[], header: {formula: number; end: number}, measures: Measures): RawBlock[] {
  const {formula, end: headerEnd} = header
  const left = new Map<number, number>()
  const right = new Map<number, number>()
  for (const page of pages) {
    left.set(page.page, leftOf(pages, page.page, measures))
    right.set(page.page, rightOf(pages, page.page, measures))
  }
  // Small print in the body (a table, its notes) stays one block, with a bold caption between its parts.
  const small = (index: number): boolean => {
    const line = body[index]
    return line !== undefined && index >= headerEnd && line.size < measures.size * 0.92 && !isRule(line)
  }
  // A bold caption before a table's first part is the table's too ("6. Approves the changes to the
  // staffing table as set out in the table below:" / "A. Pension Administration" / small print), not a part.
  const caption = (index: number): boolean => index > headerEnd && small(index + 1) && allBold(body[index]!) && /\btable below:$/i.test(body[index - 1]!.text)
  const table = (index: number): boolean => small(index) || (small(index - 1) && small(index + 1) && allBold(body[index]!)) || caption(index)
  /** The blocks that start a table: paragraphs, whatever their first line's weight. */
  const tables = new Set<Line[]>()
  const blockLines: Line[][] = []
  for (let index = headerEnd; index < body.length; index++) {
    const line = body[index]!
    if (isRule(line)) continue
    const previous = blockLines.length > 0 ? blockLines[blockLines.length - 1]! : undefined
    const last = previous?.[previous.length - 1]
    const inTable = table(index) && index > headerEnd && table(index - 1) && !isRule(body[index - 1]!)
    if (!last || (!inTable && startsBlock(last, line, index === formula || index === formula + 1, measures, left, right)) || (table(index) && !table(index - 1))) {
      const started = [line]
      blockLines.push(started)
      if (caption(index)) tables.add(started)
    } else previous!.push(line)
  }
  const blocks: RawBlock[] = []
  for (const lines of blockLines) {
    const pieces = writeLines(writer, lines)
    writer.add('\n\n')
    const block: RawBlock = {kind: allBold(lines[0]!) && !tables.has(lines) ? 'heading' : 'paragraph', pieces}
    if (lines[0]!.page !== 1 && blockLines[0] !== lines && lines[0] === pages[lines[0]!.page - 1]?.lines[ranges[lines[0]!.page - 1]!.from]) block.afterBreak = true
    blocks.push(block)
  }
  return blocks
}

/**
 * Whether `line` starts a new block after `last`: a gap wider than the
 * leading, a first-line indent, a change of size or weight, a line set off
 * to the right (the closing), a short line ending a sentence before it. Over
 * a page break only an indent, a new style or a finished line before it
 * starts a block: a paragraph runs on whatever word the page starts with.
 */
function startsBlock(last: Line, line: Line, afterFormula: boolean, measures: Measures, lefts: Map<number, number>, rights: Map<number, number>): boolean {
  if (afterFormula) return true
  const left = lefts.get(line.page) ?? line.x
  const right = rights.get(line.page) ?? line.right
  const width = Math.max(right - left, 1)
  if (!sameStyle(last, line)) return true
  if (annexLine.test(line.text) || annexLine.test(last.text)) return true
  // Set off to the right: the closing lines, one block each.
  if (line.x > left + width * 0.4 || last.x > left + width * 0.4) return true
  const indented = line.x > last.x + 2
  const short = last.right < right - measures.size * 1.5
  const ends = /[.;:,\]]$/.test(last.text)
  const finished = short && ends
  const numbered = /^(?:\d{1,3}\.|\([a-z]{1,6}\))\s/.test(line.text)
  if (ends && numbered) return true
  if (last.page !== line.page) return indented || (finished && /^[A-Z]/.test(line.text))
  if (last.y - line.y > measures.leading * 1.3) return true
  if (indented) return true
  if (finished && line.x > left + 2) return true
  return false
}
