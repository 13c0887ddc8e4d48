/**
 * What the views of `reso diff` share: the words of a change (labels,
 * kinds, annotations, header changes), its word runs spaced and elided, and the
 * layout of styled pieces in lines of a width, painted without colour as
 * `[-deleted-]` and `{+inserted+}`; the first lines every terminal view
 * starts with.
 */
import type {ChalkInstance} from 'chalk'
import type {Change, DiffResult, HeaderChange, Annotation, WordChange} from '../../diff/types.js'
import {escapeControl as esc} from '../escape.js'
import {headerName} from '../../grammar/index.js'
import {touched} from './fold.js'
import {closingLines} from './extras.js'
import {factText, oneSide, paintSign} from './one-side.js'
import {paintRuns, type Palette, type Run} from '../paint.js'

/** How a view lays out the change list. */
export interface DiffViewOptions {
  /** Columns to wrap to. */
  width: number
  /** Unchanged paragraphs shown (one line each) on either side of a change. */
  context: number
  /** Show every paragraph in full, and long unchanged stretches inside changed ones. */
  full: boolean
  /** The names of the two versions, for the first lines. */
  names: [string, string]
}

/** How a piece is painted: word runs by their op, dim context, yellow annotations, plain where colour would say nothing. */
export type Style = 'equal' | 'delete' | 'insert' | 'dim' | 'plain' | 'annotation'

/** A piece of text with one style. */
export interface Piece {
  text: string
  style: Style
}

/** A header field as the views name it ("agenda", "original"): src/grammar/header.ts's name. */
export const headerNameOf = (change: HeaderChange): string => headerName(change.field)

/** An annotation in words: "Urges -> Encourages: weaker". */
export function annotationText(annotation: Annotation): string {
  switch (annotation.type) {
    case 'phrase':
      return annotation.old + ' -> ' + annotation.new + ': ' + (annotation.direction === 'same' ? 'same strength' : annotation.direction === 'unknown' ? 'strength unknown' : annotation.direction)
    case 'citation':
      return 'citation ' + annotation.change + ': ' + annotation.text + (annotation.symbol && annotation.symbol !== annotation.text ? ' (' + annotation.symbol + ')' : '')
    case 'note':
      return '"' + annotation.note + '" ' + annotation.change
    case 'placeholder':
      return annotation.change === 'filled' ? 'placeholder filled: ' + annotation.old + ' -> ' + annotation.new : 'placeholder ' + annotation.change + ': ' + annotation.old
    case 'brackets':
      return annotation.change === 'added' ? 'bracketed text added: [' + annotation.text + ']' : 'brackets resolved, text ' + annotation.change + ': ' + annotation.text
    case 'reference':
      return annotation.change === 'updated'
        ? 'reference updated: ' + annotation.old + ' -> ' + annotation.text + ' (same paragraphs, now ' + annotation.meant.join(', ') + ')'
        : 'stale reference: ' + annotation.text + ' points at ' + (annotation.targets.join(', ') || 'nothing') + (annotation.meant.length ? '; it meant ' + annotation.meant.join(', ') : '; the paragraphs it meant were removed')
  }
}

/**
 * A header change in words: a fact on one side only as `factText`
 * (one-side.ts) words it ("+ new", "- old"), a sponsors list's joins and
 * leaves, else "old -> new" (and a placeholder filled).
 */
export function headerText(change: HeaderChange): string {
  if (oneSide(change)) return factText(change)
  if (change.field === 'sponsors') {
    const parts: string[] = []
    if (change.added?.length) parts.push('joined: ' + change.added.join(', '))
    if (change.removed?.length) parts.push('left: ' + change.removed.join(', '))
    return parts.join('; ')
  }
  return factText(change) + (change.filled ? ' (placeholder filled)' : '')
}

/** Labels of a change: "OP5", "OP5 -> OP6", "OP4 -> OP4 + OP5". */
export function labelText(change: Change): string {
  const old = change.old.join(' + ')
  const next = change.new.join(' + ')
  if (!old) return next
  if (!next || old === next) return old
  return old + ' -> ' + next
}

/** The kind in words, escaped: "changed", "moved from II.A preamble". */
export function kindText(change: Change): string {
  if (change.kind === 'moved' && change.oldPart) return 'moved from ' + esc(change.oldPart)
  return change.kind
}

/** The whole text of a change, for a one-line summary. */
export function plainText(change: Change): string {
  return change.words.map((run) => run.text).join('').trim()
}

/** The text in at most `room` columns: cut at a space where one is near the end, with an ellipsis. */
export function clipWords(text: string, room: number): string {
  if (text.length <= room) return text
  const cut = text.slice(0, Math.max(0, room - 1))
  const space = cut.lastIndexOf(' ')
  return (space > room / 2 ? cut.slice(0, space) : cut) + '\u2026'
}

/**
 * Long stretches of unchanged words inside a changed paragraph keep ten
 * words on either side of an ellipsis (three at the paragraph's end).
 */
export function elide(runs: WordChange[], full: boolean): WordChange[] {
  if (full) return runs
  const keep = 10
  return runs.map((run, index) => {
    if (run.op !== 'equal') return run
    const words = run.text.split(/(?<=\S)(?=\s)/)
    if (words.length <= keep * 2 + 4) return run
    const tail = index === runs.length - 1 ? 3 : keep
    return {op: 'equal', text: words.slice(0, keep).join('') + ' \u2026' + words.slice(words.length - tail).join('')}
  })
}

/** A run ready to show: its text without leading space, and whether a space goes before it. */
export interface Spaced {
  op: WordChange['op']
  text: string
  space: boolean
}

/**
 * Spaces between runs as a reader expects them: an insertion right after a
 * spaced deletion shares its space ("a [-x-]{+y+} b"), and a word right
 * after a deletion gets the space the old text had ("[-[OP3 alt]-] Encourages").
 */
export function spaced(runs: WordChange[], keep: 'both' | 'old' | 'new'): Spaced[] {
  const result: Spaced[] = []
  let previous: Spaced | undefined
  for (const run of runs) {
    if (keep === 'old' && run.op === 'insert') continue
    if (keep === 'new' && run.op === 'delete') continue
    const text = run.text.replace(/^\s+/, '')
    if (text === '') continue
    let space = text.length < run.text.length
    if (run.op === 'insert' && previous?.op === 'delete' && previous.space) space = false
    if (!space && previous?.op === 'delete' && run.op !== 'insert' && /^[\p{L}\p{N}]/u.test(text)) space = true
    const item = {op: run.op, text, space}
    result.push(item)
    previous = item
  }
  if (result[0]) result[0].space = false
  return result
}

/** Word runs as styled pieces. */
export function piecesOf(runs: WordChange[], keep: 'both' | 'old' | 'new'): Piece[] {
  return spaced(runs, keep).map((run) => ({text: (run.space ? ' ' : '') + esc(run.text), style: run.op}))
}

/** A word laid out in a line: its text (with its markers when plain), style, and whether a space comes before it. */
interface Word {
  text: string
  style: Style
  space: boolean
}

/**
 * Lay styled pieces out in lines of at most `width` columns after
 * `indent`. Without colour, deleted and inserted runs get their markers
 * around the run before layout, so the markers count in the width.
 */
export function wrap(pieces: Piece[], width: number, indent: string, c: ChalkInstance): string[] {
  const plain = c.level === 0
  const words: Word[] = []
  for (const piece of pieces) {
    const [open, close] = plain && piece.style === 'delete' ? ['[-', '-]'] : plain && piece.style === 'insert' ? ['{+', '+}'] : ['', '']
    const parts = piece.text.split(/(\s+)/)
    const first = words.length
    let space = false
    for (const part of parts) {
      if (part === '') continue
      if (/^\s+$/.test(part)) {
        space = true
        continue
      }
      words.push({text: part, style: piece.style, space})
      space = false
    }
    if (words.length > first) {
      words[first]!.text = open + words[first]!.text
      words[words.length - 1]!.text += close
    }
  }
  const room = Math.max(10, width - indent.length)
  const lines: Word[][] = [[]]
  let length = 0
  for (const word of words) {
    let line = lines[lines.length - 1]!
    const needed = (line.length > 0 && word.space ? 1 : 0) + word.text.length
    if (line.length > 0 && length + needed > room) {
      lines.push((line = []))
      length = 0
    }
    length += line.length === 0 ? word.text.length : needed
    line.push(word)
  }
  return lines.filter((line) => line.length > 0).map((line) => indent + styleLine(line, c))
}

/** How each style is painted: deleted words red and struck, inserted green, context dim, annotations yellow. */
const palette: Palette<Style> = {
  equal: undefined,
  plain: undefined,
  delete: (c) => c.red.strikethrough,
  insert: (c) => c.green,
  dim: (c) => c.dim,
  annotation: (c) => c.yellow
}

/** One line: words of one style painted together, with the spaces between them; a space between two styles is left plain. */
function styleLine(line: Word[], c: ChalkInstance): string {
  const runs: Array<Run<Style>> = []
  for (const [index, word] of line.entries()) {
    if (index > 0 && word.space) runs.push({text: ' ', style: word.style === line[index - 1]!.style ? word.style : 'plain'})
    runs.push({text: word.text, style: word.style})
  }
  return paintRuns(runs, palette, c)
}

/**
 * A header change as the terminal draws it: its name, then its words wrapped
 * under the name's column (a long sponsors list), the sign of a fact on one
 * side only coloured as an insertion or a deletion.
 */
function headerChangeLines(change: HeaderChange, width: number, c: ChalkInstance): string[] {
  const indent = ' '.repeat(13)
  const lines = wrap([{text: esc(headerText(change)), style: 'plain'}], width, indent, c)
  lines[0] = c.dim(headerNameOf(change).padEnd(13)) + paintSign(change, lines[0]!.slice(indent.length), c)
  return lines
}

/**
 * The first lines of a terminal view: the two names, the header changes
 * and the closing, then "no differences" when there are none, or "no change
 * of substance" when only header facts that do not count (symbol, date,
 * sponsors, a fact only one side gives) differ.
 */
export function headerLines(result: DiffResult, options: DiffViewOptions, c: ChalkInstance): string[] {
  const lines = [c.bold('--- ' + esc(options.names[0])), c.bold('+++ ' + esc(options.names[1]))]
  for (const change of result.header) lines.push(...headerChangeLines(change, options.width, c))
  lines.push(...closingLines(result, c))
  if (!result.differs && result.changes.every((change) => !touched(change))) {
    lines.push(c.dim(result.header.length > 0 || result.closing ? 'no change of substance (header facts only)' : 'no differences'))
  }
  return lines
}

/** The colour of a change's kind. */
export const kindColour = (change: Change, c: ChalkInstance): ChalkInstance =>
  ({added: c.green, removed: c.red, changed: c.yellow, moved: c.cyan, split: c.magenta, merged: c.magenta, renumbered: c.blue, unchanged: c.dim})[change.kind]

/** An annotation, wrapped under a hanging "* ". */
export function annotationLines(annotation: Annotation, indent: string, width: number, c: ChalkInstance): string[] {
  const lines = wrap([{text: esc(annotationText(annotation)), style: 'annotation'}], width, indent + '  ', c)
  if (lines[0]) lines[0] = indent + c.yellow('*') + ' ' + lines[0].slice(indent.length + 2)
  return lines
}
