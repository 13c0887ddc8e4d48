/**
 * Lines as a block's pieces: the joint between two lines (a space, or
 * nothing after a hyphen that breaks a word), a run of lines joined as a
 * paragraph's, and a line's pieces with two of pdftotext's artefacts
 * mended (a hyphen lost between two symbols, a word split in two).
 */
import {firstAfter} from '../../array.js'
import type {Piece} from '../blocks.js'
import type {Line} from './lines.js'

/** The space between two lines of a block, or nothing after a hyphen that breaks a word. */
export function joint(last: Piece, line: Line): Piece {
  const first = line.text.charCodeAt(0)
  const hyphenated = last.text.endsWith('-') && !last.text.endsWith(' -') && first >= 97 && first <= 122
  return {text: hyphenated ? '' : ' ', start: last.end, end: hyphenated ? last.end : last.end + 1}
}

/**
 * A line's pieces, with two of pdftotext's artefacts mended. Where plain
 * pdftotext took the hyphen between two symbols for a line-end hyphen
 * ("WT/MIN(15)/48-" / "WT/L/982" became "WT/MIN(15)/48WT/L/982"), the
 * hyphen is given back: no symbol has a digit run into a capital's organ
 * prefix and its slash. A word it split in two ("Human Ri ghts Council")
 * is joined when the document has the whole word elsewhere and neither
 * half anywhere else.
 */
export function piecesOfLine(line: Line, joins: readonly number[]): Piece[] {
  const cuts: Array<{at: number; text: string; skip: number}> = []
  const glued = /\d(?=[A-Z]{2,6}\/[A-Z])/g
  for (let match = glued.exec(line.text); match !== null; match = glued.exec(line.text)) cuts.push({at: match.index + 1, text: '-', skip: 0})
  // The joins are in order: the first after the line's start, by halves, then those inside the line.
  for (let at = firstAfter(joins, line.start); at < joins.length && joins[at]! < line.end; at++) cuts.push({at: joins[at]! - line.start, text: '', skip: 1})
  if (cuts.length === 0) return [{text: line.text, start: line.start, end: line.end}]
  cuts.sort((left, right) => left.at - right.at)
  const pieces: Piece[] = []
  let from = 0
  for (const cut of cuts) {
    pieces.push({text: line.text.slice(from, cut.at), start: line.start + from, end: line.start + cut.at})
    pieces.push({text: cut.text, start: line.start + cut.at, end: line.start + cut.at + cut.skip})
    from = cut.at + cut.skip
  }
  pieces.push({text: line.text.slice(from), start: line.start + from, end: line.end})
  return pieces
}

/**
 * The spaces inside words pdftotext split ("Human Ri ghts Council"): where
 * two words the document has nowhere else, the second in lower case, stand
 * one space apart and the document has the whole word at least twice.
 * Offsets of those spaces, in order.
 */
export function splitWords(source: string): number[] {
  const counts = new Map<string, number>()
  const at = new Map<string, number>()
  const word = /[A-Za-z]+/g
  for (let match = word.exec(source); match !== null; match = word.exec(source)) {
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
    at.set(match[0], match.index)
  }
  const joins: number[] = []
  for (const [first, count] of counts) {
    if (count !== 1 || first.length > 12) continue
    const space = at.get(first)! + first.length
    if (source.charCodeAt(space) !== 32) continue
    const second = /^[a-z]{1,12}(?![A-Za-z])/.exec(source.slice(space + 1, space + 14))?.[0]
    if (second !== undefined && counts.get(second) === 1 && (counts.get(first + second) ?? 0) >= 2) joins.push(space)
  }
  return joins.sort((left, right) => left - right)
}

/** The pieces of a run of lines, joined as a paragraph's. */
export function piecesOf(lines: Line[], from: number, to: number): Piece[] {
  const pieces: Piece[] = []
  for (let at = from; at < to; at++) {
    const part = lines[at]!
    if (part.kind !== 'text') continue
    if (pieces.length > 0) pieces.push(joint(pieces[pieces.length - 1]!, part))
    pieces.push({text: part.text, start: part.start, end: part.end})
  }
  return pieces
}
