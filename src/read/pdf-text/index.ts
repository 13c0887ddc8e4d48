/**
 * Read plain text as extracted from the official PDFs (`pdftotext`, plain
 * or `-layout`, PyMuPDF, a copy from a browser) into blocks. The page
 * furniture is learnt from the document itself (its symbol, its running
 * title, its job number, "n/m" page lines, form feeds) and set aside
 * wherever it falls, even mid-sentence; footnotes under a "____" separator
 * are kept apart; a line starts a new paragraph by how the line before it
 * ended far more than by its own first word; a paragraph number alone on
 * its line is joined to its paragraph; hyphenated line ends are mended.
 *
 * | module       | holds                                                               |
 * |--------------|---------------------------------------------------------------------|
 * | lines.ts     | the Line model: the source cut into lines, their kinds, cells       |
 * | furniture.ts | page furniture: header and footer cells, the running title          |
 * | masthead.ts  | the formula, the symbol, the title, the masthead's blocks           |
 * | footnotes.ts | footnotes, a draft's star note, a table's lettered notes            |
 * | mend.ts      | repairs of pdftotext's line order; the tables a paragraph announces |
 * | body.ts      | the body's blocks: where a line starts one, numbers, tables         |
 * | pieces.ts    | lines as a block's pieces: joints, hyphens, split words             |
 */
import type {RawBlock} from '../blocks.js'
import {markFootnoteMarkers} from '../markers.js'
import {dropInvisible, normalize} from '../normalize.js'
import type {FrontMatter, Reader} from '../types.js'
import {readBody} from './body.js'
import {markFootnotes, markLetterNotes} from './footnotes.js'
import {markFurniture, type Furniture} from './furniture.js'
import {splitLines} from './lines.js'
import {findFormula, findSymbol, findTitle, readMasthead, titleNumber} from './masthead.js'
import {markTables, mendLastLines, mendScatteredWords, mendStrayWords, restoreBareNumbers} from './mend.js'
import {splitWords} from './pieces.js'

/** Read PDF text into blocks and the header facts the masthead gives by position. */
export function readText(source: string): {blocks: RawBlock[]; front: FrontMatter} {
  const lines = splitLines(source)
  for (const line of lines) {
    if (line.kind === 'text' && /^_{3,}$/.test(line.text)) line.kind = 'separator'
  }
  const formula = findFormula(lines)
  const symbol = findSymbol(lines, formula === -1 ? lines.length : formula)
  const titled = formula === -1 ? undefined : findTitle(lines, formula)
  const furniture: Furniture = {}
  if (symbol) furniture.symbol = symbol
  if (titled) furniture.title = titled.title.replace(titleNumber, '$2')
  markFurniture(lines, furniture)
  // In the order the pages give them: a table's lettered notes stand before the page's numbered footnotes.
  const footnotes = [...markFootnotes(lines, source), ...markLetterNotes(lines, source)].sort((left, right) => (left.pieces[0]?.start ?? 0) - (right.pieces[0]?.start ?? 0))
  const ids = new Set(footnotes.map((block) => block.footnote!))
  const front: FrontMatter = {}
  if (symbol) front.symbol = symbol
  if (titled && !titled.numbered) front.title = titled.title

  const bodyStart = formula === -1 ? 0 : formula
  const blocks = readMasthead(lines, bodyStart, titled)
  // Typical width of a body line, to tell a paragraph's short last line.
  const widths = lines.slice(bodyStart).filter((line) => line.kind === 'text').map((line) => line.text.length).sort((a, b) => a - b)
  const width = widths.length > 0 ? widths[Math.floor(widths.length * 0.8)]! : 80
  mendLastLines(lines, bodyStart, width)
  mendScatteredWords(lines, bodyStart)
  mendStrayWords(lines, bodyStart)
  restoreBareNumbers(lines, bodyStart, ids)
  markTables(lines, bodyStart)
  const body = readBody(lines, bodyStart, ids, width, splitWords(source))
  markFootnoteMarkers(body, footnotes)
  return {blocks: [...blocks, ...body, ...footnotes], front}
}

/** The reader of text extracted from a PDF (and of any plain text): what no other reader claims. */
export const pdfTextReader: Reader = {
  format: 'text',
  binary: false,
  detect: (_input, text) => (text === undefined ? 0 : 0.5),
  read(_input, text) {
    const {blocks, front} = readText(normalize(text))
    dropInvisible(blocks)
    return {format: 'text', text, blocks, front, diagnostics: []}
  }
}
