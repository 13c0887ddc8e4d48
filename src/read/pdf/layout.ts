/**
 * From the lines of every page to reso's reading-order text and blocks:
 * page furniture set aside by where it stands and how it repeats, the
 * first page's masthead read by position, footnotes taken from below the
 * separator at the foot of each page, paragraphs cut where the layout cuts
 * them (a gap, a first-line indent, a change of style), and a paragraph
 * that runs over a page break kept whole.
 */
import type {Piece, RawBlock} from '../blocks.js'
import type {FrontMatter} from '../types.js'
import type {Line, Run} from './lines.js'

/** The lines of one page and its size. */
export interface PageLines {
  page: number
  width: number
  height: number
  lines: Line[]
}

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

/** The measures of a document's body text. */
export interface Measures {
  /** The size most body text is set in. */
  size: number
  /** The usual distance between two lines of a paragraph. */
  leading: number
}

/** The most frequent value of a list, rounded to a tenth, weighted. */
function mode(values: Array<[number, number]>): number | undefined {
  const counts = new Map<number, number>()
  let best: number | undefined
  let bestCount = 0
  for (const [value, weight] of values) {
    const key = Math.round(value * 10) / 10
    const count = (counts.get(key) ?? 0) + weight
    counts.set(key, count)
    if (count > bestCount) {
      best = key
      bestCount = count
    }
  }
  return best
}

/**
 * The smallest of a list's frequent values: the least value, rounded to a
 * tenth, whose weight is at least `share` of the most frequent one's. A
 * margin is the leftmost edge many lines start at (a first-line indent is
 * as frequent on a page of short paragraphs), the leading the smallest gap
 * many lines are apart (the gap between paragraphs is as frequent there).
 */
function leastFrequent(values: Array<[number, number]>, share: number): number | undefined {
  const counts = new Map<number, number>()
  let most = 0
  for (const [value, weight] of values) {
    const key = Math.round(value * 10) / 10
    const count = (counts.get(key) ?? 0) + weight
    counts.set(key, count)
    most = Math.max(most, count)
  }
  let least: number | undefined
  for (const [key, count] of counts) if (count >= most * share && (least === undefined || key < least)) least = key
  return least
}

/** Body size and leading, from all lines. */
export function measure(pages: readonly PageLines[]): Measures {
  const sizes: Array<[number, number]> = []
  for (const page of pages) for (const line of page.lines) sizes.push([line.size, line.text.length])
  const size = mode(sizes) ?? 10
  const gaps: Array<[number, number]> = []
  for (const page of pages) {
    for (let index = 1; index < page.lines.length; index++) {
      const previous = page.lines[index - 1]!
      const line = page.lines[index]!
      if (Math.abs(line.size - size) < 0.5 && Math.abs(previous.size - size) < 0.5) {
        const gap = previous.y - line.y
        if (gap > size * 0.8 && gap < size * 2) gaps.push([gap, 1])
      }
    }
  }
  // Lines of a paragraph are closer than paragraphs: the leading is the smallest frequent gap, whatever the paragraphs' length.
  return {size, leading: leastFrequent(gaps, 0.25) ?? size * 1.2}
}

/** A line's shape for finding repeats: digits stand for any digit, case and spaces ignored. */
function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '').toLowerCase()
}

/** Tokens of a footer: job number (25-16620), page (2/8), "(E)", print date, barcode (*2516620*). */
const footerToken = /^(?:\d{2}-\d{5}|\d{1,4}\/\d{1,4}|\(E\)|\d{6}|\d{1,4}|\*\d{5,9}\*|Please|recycle)$/

function isFooterText(text: string): boolean {
  const tokens = text.split(/\s+/)
  return tokens.length > 0 && tokens.length <= 6 && tokens.every((token) => footerToken.test(token))
}

/** A symbol as a running header shows it: A/RES/80/3, A/C.3/80/L.10. */
const symbolShape = /^[A-Z]{1,6}(?:\/[A-Za-z0-9.-]{1,24}){1,8}$/

/**
 * Furniture of every page: the running header (lines above the body at the
 * top of pages after the first, in a smaller size, or repeated, or naming
 * the document's symbol) and the footer (the lowest lines of a page, in the
 * bottom tenth, repeated from page to page or made only of the job number,
 * page number and barcode). Returns the body's line range of each page.
 */
export function findFurniture(pages: readonly PageLines[], measures: Measures, symbol: string | undefined): Array<{from: number; to: number}> {
  const topShapes = new Map<string, number>()
  const bottomShapes = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set<string>()
    for (const line of page.lines) {
      if (line.y > page.height * 0.86) seen.add('t' + shape(line.text))
      if (line.y < page.height * 0.1) seen.add('b' + shape(line.text))
    }
    for (const key of seen) {
      const map = key.startsWith('t') ? topShapes : bottomShapes
      map.set(key.slice(1), (map.get(key.slice(1)) ?? 0) + 1)
    }
  }
  const ranges: Array<{from: number; to: number}> = []
  for (const page of pages) {
    const lines = page.lines
    let from = 0
    if (page.page > 1) {
      while (from < lines.length) {
        const line = lines[from]!
        if (line.y < page.height * 0.86) break
        const repeated = (topShapes.get(shape(line.text)) ?? 0) >= 2
        const small = line.size < measures.size * 0.95
        const named = symbol !== undefined && line.text.split(' ').includes(symbol)
        if (!(repeated || small || named || symbolShape.test(line.text))) break
        from++
      }
    }
    let to = lines.length
    while (to > from) {
      const line = lines[to - 1]!
      // A line that starts with a raised marker is a footnote, however alike footnotes are.
      if (line.y > page.height * 0.1 || line.runs[0]?.raised) break
      const repeated = (bottomShapes.get(shape(line.text)) ?? 0) >= 2 && pages.length > 1
      if (!(repeated || isFooterText(line.text) || line.runs.every((run) => /^\*\d+\*$/.test(run.text)))) break
      to--
    }
    ranges.push({from, to})
  }
  return ranges
}

/** A separator rule typed as text: "______". */
function isRule(line: Line): boolean {
  return /^_{4,}$/.test(line.text.replace(/\s/g, ''))
}

/**
 * Where a page's footnotes start: below the separator rule, or else at the
 * first of the small lines at the foot of the page if one of them begins
 * with a raised marker. Returns the index of the first footnote line (the
 * rule itself is skipped by the caller) or `to` when the page has none.
 */
export function footnoteStart(lines: readonly Line[], from: number, to: number, measures: Measures): {start: number; rule: boolean} {
  for (let index = to - 1; index >= from; index--) {
    if (isRule(lines[index]!)) return {start: index, rule: true}
  }
  let start = to
  while (start > from && lines[start - 1]!.size < measures.size * 0.92) start--
  for (let index = start; index < to; index++) {
    const head = lines[index]!.runs[0]
    if (head?.raised || /^\*{1,3}$/.test(head?.text.trim() ?? '')) return {start, rule: false}
  }
  return {start: to, rule: false}
}

/**
 * Text under construction, with the offset of everything added. The parts
 * are joined once at the end: a string grown by `+=` would hold a node for
 * every part until it is flattened (some 16 MB at 1,000 pages), and
 * `text.slice(-2)` at every line would flatten it each time.
 */
class Writer {
  private readonly parts: string[] = []
  length = 0
  /** The last two characters written. */
  tail = ''
  add(value: string): number {
    const start = this.length
    this.parts.push(value)
    this.length += value.length
    this.tail = value.length >= 2 ? value.slice(-2) : (this.tail + value).slice(-2)
    return start
  }

  /** The text written, its trailing newlines made one. */
  done(): string {
    return this.parts.join('').replace(/\n+$/, '\n')
  }
}

/** Footnote identifiers a raised run may hold: "1", "12", "*", "**", "a". */
const markerText = /^(?:\d{1,3}|\*{1,3}|[a-z†‡])$/

/** The identifiers of a raised run: "1", "2,3" -> ["2", "3"]; undefined when it is not a marker. */
function markers(text: string): string[] | undefined {
  const parts = text.split(/[\s,]+/).filter(Boolean)
  if (parts.length === 0 || parts.length > 4) return undefined
  return parts.every((part) => markerText.test(part)) ? parts : undefined
}

/**
 * Write a group of lines as one block: runs as pieces (italic runs with
 * emphasis), raised markers as footnote pieces written "[^1]", spaces where
 * the glyphs leave a gap, lines joined by a newline that reads as a space,
 * or by nothing after a line-end hyphen (the hyphen is kept).
 * `skipFirst` leaves out the first run (a footnote's own marker).
 */
function writeLines(writer: Writer, lines: readonly Line[], skipFirst = false): Piece[] {
  const pieces: Piece[] = []
  const push = (piece: Piece): void => {
    const last = pieces[pieces.length - 1]
    if (last && alike(last, piece)) {
      last.text += piece.text
      last.end = piece.end
    } else pieces.push(piece)
  }
  let previousLine: Line | undefined
  for (const line of lines) {
    if (previousLine) {
      const before = writer.tail
      const at = writer.add('\n')
      const first = line.runs[0]?.text ?? ''
      // The official PDFs do not hyphenate words: a hyphen at a line's end is a compound's ("Secretary-General").
      const hyphenated = /^[\p{L}\p{N}][-\u2010\u2011]$/u.test(before) && /^[\p{L}\p{N}]/u.test(first)
      if (!hyphenated) push({text: ' ', start: at, end: at + 1, page: line.page})
    }
    let previous: Run | undefined
    line.runs.forEach((run, index) => {
      if (skipFirst && index === 0 && line === lines[0]) return
      const ids = run.raised || /^\*{1,3}$/.test(run.text.trim()) ? markers(run.text.trim()) : undefined
      // A marker belongs to the word before it: no space before it, whatever the gap.
      if (previous && !ids && spacedRuns(previous, run) && !(skipFirst && index === 1 && line === lines[0])) {
        const at = writer.add(' ')
        push({text: ' ', start: at, end: at + 1, page: line.page})
      }
      previous = run
      if (ids) {
        for (const id of ids) {
          const start = writer.add('[^' + id + ']')
          push({text: '', start, end: writer.length, footnote: id, page: line.page})
        }
        return
      }
      const text = previousLine === undefined && pieces.length === 0 ? run.text.trimStart() : run.text
      const start = writer.add(text)
      const piece: Piece = {text, start, end: start + text.length, page: line.page}
      if (run.italic) piece.emphasis = true
      push(piece)
    })
    previousLine = line
  }
  return pieces
}

/**
 * Whether `next` may join the piece before it: both text of one page and
 * one style, each as long as its span, the one beginning where the other
 * ends. A paragraph of plain words is then one piece, not a piece for each
 * run and each space between (some 20 MB fewer at 1,000 pages).
 */
function alike(last: Piece, next: Piece): boolean {
  return (
    last.footnote === undefined &&
    next.footnote === undefined &&
    last.page === next.page &&
    last.emphasis === next.emphasis &&
    last.end === next.start &&
    last.end - last.start === last.text.length &&
    next.end - next.start === next.text.length
  )
}

function spacedRuns(left: Run, right: Run): boolean {
  if (/\s$/.test(left.text) || /^\s/.test(right.text)) return false
  const gap = right.x - (left.x + left.width)
  return gap > Math.min(left.size, right.size) * 0.15
}

/** "The General Assembly,": the enacting formula on a line of its own. */
const formulaLine = /^The [A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z-]+|and|of|on|for|the)){0,9},$/

const annexLine = /^Annex(?:es)?(?: [IVX]{1,6}| [A-Z]| \d{1,2})?$/

/** Whether two lines set alike: same size, both bold or both not. */
function sameStyle(left: Line, right: Line): boolean {
  return Math.abs(left.size - right.size) < 0.6 && allBold(left) === allBold(right)
}

function allBold(line: Line): boolean {
  return line.runs.every((run) => run.bold || run.raised)
}

/** Lay out the pages into text and blocks. */
export function layout(pages: readonly PageLines[]): Layout {
  const measures = measure(pages)
  const writer = new Writer()
  const blocks: RawBlock[] = []
  const front: FrontMatter = {}
  const furniture: Line[] = []

  // The masthead: the top lines of page 1 down to the first wide gap, in cells.
  const first = pages[0]
  let headerFrom = 0
  const masthead: Line[] = []
  if (first) {
    const lines = first.lines
    let index = 0
    while (index < lines.length && lines[index]!.y > first.height * 0.7) {
      masthead.push(lines[index]!)
      index++
      const next = lines[index]
      if (next && lines[index - 1]!.y - next.y > measures.size * 3.5) break
    }
    // A masthead has a wide gap under it; without one, there is no masthead.
    if (index < lines.length && masthead.length > 0 && masthead[masthead.length - 1]!.y - lines[index]!.y > measures.size * 3.5) headerFrom = index
    else masthead.length = 0
  }
  const cells: Array<{line: Line; runs: Run[]; text: string}> = []
  for (const line of masthead) {
    let runs: Run[] = []
    const flush = (): void => {
      if (runs.length === 0) return
      let text = ''
      let previous: Run | undefined
      for (const run of runs) {
        if (previous && spacedRuns(previous, run)) text += ' '
        text += run.text
        previous = run
      }
      cells.push({line, runs, text: text.trim()})
      runs = []
    }
    for (const run of line.runs) {
      const previous = runs[runs.length - 1]
      if (previous && run.x - (previous.x + previous.width) > measures.size * 3) flush()
      runs.push(run)
    }
    flush()
  }
  for (const cell of cells) {
    const text = cell.text
    if (!front.symbol && symbolShape.test(text.replace(/\s/g, ''))) front.symbol = text.replace(/\s/g, '')
    const distribution = /^Distr\.?: ?(\S.*)$/.exec(text)
    if (distribution) front.distribution = distribution[1]!
    const original = /^Original: ?(\S.*)$/.exec(text)
    if (original) front.language = original[1]!
    if (!front.date && /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(text)) front.date = text
    if (!front.organ && cell.runs.some((run) => run.size > measures.size * 1.5) && !symbolShape.test(text.replace(/\s/g, '')) && text !== 'United Nations') front.organ = text
  }

  const ranges = findFurniture(pages, measures, front.symbol)

  // Footnote zones and body lines of every page.
  interface BodyLine {
    line: Line
    header: boolean
  }
  const body: BodyLine[] = []
  const notes: Array<{id: string; lines: Line[]}> = []
  for (const page of pages) {
    const range = ranges[page.page - 1]!
    const from = page.page === 1 ? Math.max(range.from, headerFrom) : range.from
    for (let index = 0; index < from; index++) if (!(page.page === 1 && masthead.includes(page.lines[index]!))) furniture.push(page.lines[index]!)
    for (let index = range.to; index < page.lines.length; index++) furniture.push(page.lines[index]!)
    const zone = footnoteStart(page.lines, from, range.to, measures)
    for (let index = from; index < zone.start; index++) {
      const line = page.lines[index]!
      // A table's lettered note above the page's footnote rule ("a See A/80/505."): a footnote as its table's notes are without a rule.
      const head = line.runs[0]
      const previous = index > from ? page.lines[index - 1]! : undefined
      const small = (candidate: Line | undefined): boolean => candidate !== undefined && candidate.size < measures.size * 0.92
      if (zone.rule && head?.raised && /^[a-z]$/.test(head.text.trim()) && small(line) && small(previous) && line.runs.length > 1 && (index + 1 === zone.start || (page.lines[index + 1]!.runs[0]?.raised && /^[a-z]$/.test(page.lines[index + 1]!.runs[0]!.text.trim())))) {
        notes.push({id: head.text.trim(), lines: [line]})
        continue
      }
      body.push({line, header: false})
    }
    for (let index = zone.start + (zone.rule ? 1 : 0); index < range.to; index++) {
      const line = page.lines[index]!
      const head = line.runs[0]
      const ids = head?.raised || /^\*{1,3}$/.test(head?.text.trim() ?? '') ? markers(head!.text.trim()) : undefined
      if (ids && ids.length === 1) notes.push({id: ids[0]!, lines: [line]})
      else if (notes.length > 0) notes[notes.length - 1]!.lines.push(line)
      else notes.push({id: '', lines: [line]})
    }
  }

  // The header: page 1's lines before the enacting formula (or before the first body text).
  let formula = -1
  for (let index = 0; index < body.length && index < 200; index++) {
    const line = body[index]!.line
    if (line.page > 2) break
    // "The General Assembly" without its comma, before a one-paragraph resolution's "Endorses ..." (A/RES/78/1).
    if (formulaLine.test(line.text) || (/^The General Assembly$/.test(line.text) && line.runs.every((run) => run.italic))) {
      formula = index
      break
    }
  }
  let headerEnd = formula
  if (headerEnd === -1) {
    headerEnd = 0
    while (headerEnd < body.length && body[headerEnd]!.line.page === 1 && (allBold(body[headerEnd]!.line) || body[headerEnd]!.line.x < leftOf(pages, 1, measures) - 5)) headerEnd++
  }
  for (let index = 0; index < headerEnd; index++) body[index]!.header = true

  // Masthead cells, one block each.
  for (const cell of cells) {
    const start = writer.length
    const {page, y, size, x, right} = cell.line
    const pieces = writeLines(writer, [{page, y, size, x, right, runs: cell.runs, text: cell.text}])
    if (pieces.length > 0) blocks.push({kind: 'paragraph', pieces})
    if (writer.length > start) writer.add('\n\n')
  }

  // Header groups: lines set alike and close together.
  const groups: Line[][] = []
  for (let index = 0; index < headerEnd; index++) {
    const line = body[index]!.line
    const previous = index > 0 ? body[index - 1]!.line : undefined
    const group = groups[groups.length - 1]
    if (group && previous && previous.page === line.page && sameStyle(previous, line) && previous.y - line.y < line.size * 1.6) group.push(line)
    else groups.push([line])
  }
  for (const group of groups) {
    const pieces = writeLines(writer, group)
    writer.add('\n\n')
    blocks.push({kind: 'paragraph', pieces})
    const text = group.map((line) => line.text).join(' ')
    if (!front.session && /session$/i.test(text) && text.length < 80) front.session = text
    if (!front.agendaItem && /^Agenda items? /.test(text)) front.agendaItem = text
    const lead = group[0]!
    // The title: the last large bold group before the formula ("80/3. Title" in an adopted text).
    if (allBold(lead) && lead.size > measures.size * 1.1 && !/draft (?:resolution|decision)$/.test(text) && !/adopted by/i.test(text)) {
      const numbered = /^(?:\[[^\]]{1,24}\]|(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: [A-Z]{1,2})?)\.\s+(\S.*)$/.exec(text)
      front.title = (numbered ? numbered[1]! : text).replace(/\[\^[^\]]*\]/g, '')
    }
  }

  // The body: lines into blocks by the layout.
  const left = new Map<number, number>()
  const right = new Map<number, number>()
  for (const page of pages) {
    left.set(page.page, leftOf(pages, page.page, measures))
    right.set(page.page, rightOf(pages, page.page, measures))
  }
  // Small print in the body (a table, its notes) stays one block, with a bold caption between its parts.
  const small = (index: number): boolean => {
    const line = body[index]?.line
    return line !== undefined && index >= headerEnd && line.size < measures.size * 0.92 && !isRule(line)
  }
  // A bold caption before a table's first part is the table's too ("6. Approves the changes to the
  // staffing table as set out in the table below:" / "A. Pension Administration" / small print), not a part.
  const caption = (index: number): boolean => index > headerEnd && small(index + 1) && allBold(body[index]!.line) && /\btable below:$/i.test(body[index - 1]!.line.text)
  const table = (index: number): boolean => small(index) || (small(index - 1) && small(index + 1) && allBold(body[index]!.line)) || caption(index)
  /** The blocks that start a table: paragraphs, whatever their first line's weight. */
  const tables = new Set<Line[]>()
  const blockLines: Line[][] = []
  for (let index = headerEnd; index < body.length; index++) {
    const line = body[index]!.line
    if (isRule(line)) continue
    const previous = blockLines.length > 0 ? blockLines[blockLines.length - 1]! : undefined
    const last = previous?.[previous.length - 1]
    const inTable = table(index) && index > headerEnd && table(index - 1) && !isRule(body[index - 1]!.line)
    if (!last || (!inTable && startsBlock(last, line, index === formula || index === formula + 1, measures, left, right)) || (table(index) && !table(index - 1))) {
      const started = [line]
      blockLines.push(started)
      if (caption(index)) tables.add(started)
    } else previous!.push(line)
  }
  for (const lines of blockLines) {
    const pieces = writeLines(writer, lines)
    writer.add('\n\n')
    const block: RawBlock = {kind: allBold(lines[0]!) && !tables.has(lines) ? 'heading' : 'paragraph', pieces}
    if (lines[0]!.page !== 1 && blockLines[0] !== lines && lines[0] === pages[lines[0]!.page - 1]?.lines[ranges[lines[0]!.page - 1]!.from]) block.afterBreak = true
    blocks.push(block)
  }

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
 * The left margin of a page's body text: the leftmost of the common left
 * edges of its body-size lines (on a page of short paragraphs the indented
 * first lines are as many as the lines at the margin).
 */
function leftOf(pages: readonly PageLines[], page: number, measures: Measures): number {
  const values: Array<[number, number]> = []
  for (const line of pages[page - 1]?.lines ?? []) if (Math.abs(line.size - measures.size) < 0.5) values.push([line.x, 1])
  return leastFrequent(values, 0.5) ?? 72
}

/** The right margin: the most common right edge of body-size lines (justified text ends there). */
function rightOf(pages: readonly PageLines[], page: number, measures: Measures): number {
  let most = 0
  const values: Array<[number, number]> = []
  for (const line of pages[page - 1]?.lines ?? []) {
    if (Math.abs(line.size - measures.size) >= 0.5) continue
    values.push([Math.round(line.right), 1])
    most = Math.max(most, line.right)
  }
  return mode(values) ?? most
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
