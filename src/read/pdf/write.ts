/**
 * Lines written as reso's reading-order text and as the pieces of a block:
 * runs as pieces (italic runs with emphasis), raised markers as footnote
 * pieces written "[^1]", spaces where the glyphs leave a gap, and lines
 * joined by a newline that reads as a space.
 */
import type {Piece} from '../blocks.js'
import type {Line, Run} from './lines.js'

/**
 * Text under construction, with the offset of everything added. The parts
 * are joined once at the end: a string grown by `+=` would hold a node for
 * every part until it is flattened (some 16 MB at 1,000 pages), and
 * `text.slice(-2)` at every line would flatten it each time.
 */
export class Writer {
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
export function markers(text: string): string[] | undefined {
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
export function writeLines(writer: Writer, lines: readonly Line[], skipFirst = false): Piece[] {
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

/** Whether the gap between two runs of a line is a space (not when either run has one already). */
export function spacedRuns(left: Run, right: Run): boolean {
  if (/\s$/.test(left.text) || /^\s/.test(right.text)) return false
  const gap = right.x - (left.x + left.width)
  return gap > Math.min(left.size, right.size) * 0.15
}
