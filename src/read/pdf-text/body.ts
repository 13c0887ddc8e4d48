/**
 * The body, from the formula on, into blocks: where a line starts a new
 * block (by how the line before it ended far more than by its own first
 * word), paragraph numbers alone on their line, tables, parts' headings,
 * the closing, and the blocks a page break cuts.
 */
import {append} from '../../array.js'
import {matchFormula} from '../../parse/header.js'
import {matchPhrase} from '../../recognize/phrase.js'
import type {RawBlock} from '../blocks.js'
import {withoutMarker} from './footnotes.js'
import type {Line} from './lines.js'
import {joint, piecesOfLine} from './pieces.js'

/** Whether a line ends a paragraph (or a sub-paragraph): a comma, semicolon, colon or full stop, maybe then a footnote marker. */
export function endsParagraph(text: string, ids: ReadonlySet<string>): boolean {
  const bare = withoutMarker(text.slice(-120), ids).trimEnd()
  if (/[.,;:]$/.test(bare) || /[.,;:][\u201d"')\]]$/.test(bare)) return true
  if (/; (?:and|or)$/.test(bare) || /\[[^\]]{1,80}\]$/.test(bare)) return true
  return false
}

const numbered = /^\d{1,3}\.(?:\s|$)/
const lettered = /^\((?:[a-z]{1,6}|\d{1,3})\)(?:\s|$)/
export const closing = /^\d{1,4}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting\b|^Adopted (?:unanimously |without (?:a )?vote |by consensus )?(?:at|by|on)\b/
export const annex = /^Annex(?:es)?(?: [IVX]{1,6}| [A-Z]| \d{1,2})?$/
const partLabel = /^(?:PART |Part )?(?:[IVXLC]{1,7}|[A-Z])\.?$/
/** Words a paragraph's line can end with before a number that is not a paragraph's. */
const beforeNumber = /\b(?:paragraphs?|paras?\.|resolutions?|and|or|to|of|in|under|article|articles|section|sections|chapter|items?|annex|Goals?|No\.)$/

/** A table's note, which stays with its table: "Abbreviations: GS (OL), General Service (Other level); ...". */
function tableNote(text: string, previous: string, ids: ReadonlySet<string>): boolean {
  return /^(?:Abbreviations?|Notes?|Sources?): /.test(text) && !endsParagraph(previous, ids)
}

/** A short line with no closing mark, not an opening the lexicon knows, just before a numbered paragraph. */
function headingBeforeNumber(lines: Line[], index: number): boolean {
  const text = lines[index]!.text
  if (text.length > 60 || !/^[A-Z]/.test(text) || /[.,;:]$/.test(text) || matchPhrase(text, 0, 'any')?.known === true) return false
  let next = index + 1
  while (next < lines.length && lines[next]!.kind !== 'text') next++
  return next < lines.length && /^\d{1,3}\.(?:\s|$)/.test(lines[next]!.text)
}

/** Whether a text line opens a block of its own, whatever came before. */
export function opensAlways(text: string): boolean {
  return closing.test(text.slice(0, 80)) || annex.test(text.slice(0, 20)) || matchFormula(text) !== undefined || partLabel.test(text)
}

/** What the body's reader knows of the lines before the one it looks at. */
interface Before {
  /** The last text line of the open block. */
  previous: Line
  /** A blank line, a page break (furniture, footnotes) since it. */
  blank: boolean
  page: boolean
  /** It was a part's label ("II", "Annex"); the open block is a part's heading. */
  afterLabel: boolean
  heading: boolean
  /** The open block has one line. */
  single: boolean
}

/** Whether a text line starts a new block, by how the line before it ended far more than by its own first word. */
function opensBlock(lines: Line[], index: number, before: Before, ids: ReadonlySet<string>, width: number): boolean {
  const text = lines[index]!.text
  const {previous, blank, page} = before
  // A paragraph number or a sub-paragraph's letter alone on the line before: this is its text.
  if (/^\((?:[a-z]{1,6}|\d{1,3})\)$/.test(previous.text) && before.single) return false
  if (/^\d{1,3}\.?$/.test(text) || numbered.test(text)) {
    const dot = text.indexOf('.')
    const after = dot === -1 || dot + 1 === text.length ? undefined : matchPhrase(text, dot + 1 + /^\s*/.exec(text.slice(dot + 1))![0].length, 'any')
    return before.afterLabel || !(beforeNumber.test(previous.text) || previous.text.endsWith('-')) || after?.known === true
  }
  // The closing's date stays with the meeting: "65th plenary meeting" / "12 December 2025".
  if (closing.test(previous.text) && /^\d{1,2} [A-Z][a-z]{2,8} \d{4}$/.test(text)) return false
  if (tableNote(text, previous.text, ids)) return false
  if (opensAlways(text) || opensAlways(previous.text) || before.afterLabel) return true
  if (lettered.test(text)) {
    return endsParagraph(previous.text, ids) || /\b(?:and|or)$/.test(previous.text) ||
      (/^\([a-z0-9]{1,6}\)\s+[A-Z]/.test(text) && !/\b(?:paragraphs?|subparagraphs?|articles?|sections?|rules?|annex)$/i.test(previous.text))
  }
  if (blank && !page) return true
  // A section's heading between two paragraphs: "...General Assembly;" / "Actuarial matters" / "8.".
  if (endsParagraph(previous.text, ids) && headingBeforeNumber(lines, index)) return true
  // A part's heading ends where a paragraph begins.
  if (before.heading && matchPhrase(text, 0, 'any')?.known === true) return true
  const short = !page && previous.text.length < width * 0.6
  const ended = endsParagraph(previous.text, ids) || (short && !previous.text.endsWith('-'))
  if (!ended) return false
  // A number whose full stop the source dropped may stand before the verb: "25 Condemns".
  const bare = /^\d{1,3} (?=[A-Z])/.exec(text)
  const phrase = matchPhrase(text, bare ? bare[0].length : 0, bare ? 'operative' : 'any')
  // A paragraph's opening has its capital: "appeals" after a justified "38. Strongly" goes on with it.
  if (phrase?.known === true && /^(?:\d{1,3} )?[A-Z]/.test(text)) return true
  // A preambular opening the lexicon does not know is still a gerund: "Trusting that".
  if (/^[A-Z][a-z]{2,}ing [a-z]/.test(text) && /,$/.test(withoutMarker(previous.text, ids))) return true
  return short && /^[A-Z(]/.test(text)
}

/** The body, from the formula on: paragraphs, their numbers, tables, parts' headings, the closing. */
export function readBody(lines: Line[], bodyStart: number, ids: ReadonlySet<string>, width: number, joins: readonly number[]): RawBlock[] {
  const blocks: RawBlock[] = []
  let current: RawBlock | undefined
  let previous: Line | undefined
  let blank = false
  let page = false
  let pendingNumber: number | undefined
  let afterLabel = false
  let heading = false
  /** The block open is a table's. */
  let inTable = false
  const close = (): void => {
    if (current && current.pieces.length > 0) blocks.push(current)
    current = undefined
  }
  const addLine = (block: RawBlock, line: Line): void => {
    // A layout line keeps its runs of spaces inside ("1.    Endorses"): that is the source's text.
    if (block.pieces.length > 0) block.pieces.push(joint(block.pieces[block.pieces.length - 1]!, line))
    append(block.pieces, piecesOfLine(line, joins))
  }
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index]!
    if (line.kind === 'blank') {
      blank = true
      continue
    }
    if (line.kind === 'table') {
      // A table's lines, its labels ("A", "B") and notes with them, are one block.
      if (!current || !inTable) {
        close()
        current = {kind: 'paragraph', pieces: []}
        inTable = true
      }
      addLine(current, line)
      previous = undefined
      blank = false
      page = false
      continue
    }
    if (line.kind !== 'text') {
      page = true
      continue
    }
    const text = line.text
    const lone = /^(\d{1,3})\.?$/.exec(text)
    const opens = !current || !previous || opensBlock(lines, index, {previous, blank, page, afterLabel, heading, single: current.pieces.length === 1}, ids, width)
    if (opens) heading = afterLabel && !lettered.test(text) && !numbered.test(text)
    afterLabel = partLabel.test(text) || annex.test(text)
    const broke = page
    blank = false
    page = false
    if (lone) {
      close()
      pendingNumber = Number(lone[1])
      previous = line
      afterLabel = false
      continue
    }
    if (opens || !current || inTable) {
      inTable = false
      close()
      current = {kind: 'paragraph', pieces: []}
      if (pendingNumber !== undefined) current.number = pendingNumber
    } else if (broke && current.pieces.length > 0 && !(previous && tableNote(text, previous.text, ids))) {
      // Cut by a page break: a block of its own that the tree builder joins to its paragraph (and says so).
      close()
      current = {kind: 'paragraph', pieces: [], continues: true, afterBreak: true}
    }
    pendingNumber = undefined
    addLine(current, line)
    previous = line
  }
  close()
  return blocks
}
