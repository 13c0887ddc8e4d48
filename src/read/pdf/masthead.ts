/**
 * The head of a PDF: the first page's masthead (United Nations, symbol,
 * Distr., date, Original), read in cells by where they stand, and the
 * header lines down to the enacting formula (session, agenda item, the
 * sponsors' line, the title), written as blocks of their own.
 */
import type {RawBlock} from '../blocks.js'
import type {FrontMatter} from '../types.js'
import {symbolShape} from './furniture.js'
import {allBold, sameStyle, type Line, type PageLines, type Run} from './lines.js'
import {leftOf, type Measures} from './measure.js'
import {spacedRuns, writeLines, type Writer} from './write.js'

/** A cell of the masthead: runs of one line that stand apart from the rest of it. */
export interface Cell {
  line: Line
  runs: Run[]
  text: string
}

/** What the masthead gives: its lines, its cells, the facts read from them, and where page 1's body starts. */
export interface Masthead {
  lines: Line[]
  cells: Cell[]
  front: FrontMatter
  bodyFrom: number
}

/** "The General Assembly,": the enacting formula on a line of its own. */
const formulaLine = /^The [A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z-]+|and|of|on|for|the)){0,9},$/

/** The masthead: the top lines of page 1 down to the first wide gap, in cells. */
export function readMasthead(first: PageLines | undefined, measures: Measures): Masthead {
  const front: FrontMatter = {}
  let bodyFrom = 0
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
    if (index < lines.length && masthead.length > 0 && masthead[masthead.length - 1]!.y - lines[index]!.y > measures.size * 3.5) bodyFrom = index
    else masthead.length = 0
  }
  const cells: Cell[] = []
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
  return {lines: masthead, cells, front, bodyFrom}
}

/**
 * Where the header ends: at the enacting formula (its index among the body
 * lines, or -1), or else after page 1's bold or outdented lines before the
 * first body text.
 */
export function headerEnd(body: readonly Line[], pages: readonly PageLines[], measures: Measures): {formula: number; end: number} {
  let formula = -1
  for (let index = 0; index < body.length && index < 200; index++) {
    const line = body[index]!
    if (line.page > 2) break
    // "The General Assembly" without its comma, before a one-paragraph resolution's "Endorses ..." (A/RES/78/1).
    if (formulaLine.test(line.text) || (/^The General Assembly$/.test(line.text) && line.runs.every((run) => run.italic))) {
      formula = index
      break
    }
  }
  let end = formula
  if (end === -1) {
    end = 0
    while (end < body.length && body[end]!.page === 1 && (allBold(body[end]!) || body[end]!.x < leftOf(pages, 1, measures) - 5)) end++
  }
  return {formula, end}
}

/**
 * Write the masthead's cells, one block each, then the header's lines in
 * groups (lines set alike and close together), reading the session, the
 * agenda item and the title from the groups into `front`.
 */
export function writeHeader(writer: Writer, cells: readonly Cell[], header: readonly Line[], measures: Measures, front: FrontMatter): RawBlock[] {
  const blocks: RawBlock[] = []
  for (const cell of cells) {
    const start = writer.length
    const {page, y, size, x, right} = cell.line
    const pieces = writeLines(writer, [{page, y, size, x, right, runs: cell.runs, text: cell.text}])
    if (pieces.length > 0) blocks.push({kind: 'paragraph', pieces})
    if (writer.length > start) writer.add('\n\n')
  }
  const groups: Line[][] = []
  header.forEach((line, index) => {
    const previous = index > 0 ? header[index - 1]! : undefined
    const group = groups[groups.length - 1]
    if (group && previous && previous.page === line.page && sameStyle(previous, line) && previous.y - line.y < line.size * 1.6) group.push(line)
    else groups.push([line])
  })
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
  return blocks
}
