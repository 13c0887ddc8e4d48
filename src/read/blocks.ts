/**
 * The intermediate form both readers (Markdown and PDF text) produce: blocks
 * of text made of pieces, each piece tied to its span of the source. The
 * structure stage works on blocks and never looks at the format again.
 */
import type {Point, Position} from 'unist'

/** A run of block text and the source span it came from. */
export interface Piece {
  /** The text this piece contributes; "" for a footnote marker. */
  text: string
  /** Source offset of the first character. */
  start: number
  /** Source offset after the last character. */
  end: number
  /** Italic in the source. */
  emphasis?: boolean
  /** A footnote marker with this identifier. */
  footnote?: string
}

/** What a reader saw a block as. */
export type BlockKind = 'paragraph' | 'item' | 'heading' | 'footnote' | 'artefact'

/** A block of text: a paragraph, a list item, a heading, a footnote. */
export interface RawBlock {
  kind: BlockKind
  pieces: Piece[]
  /** The number of a Markdown list item, or of a paragraph number alone on its line. */
  number?: number
  /** The footnote's identifier. */
  footnote?: string
  /** The block began after a page break (PDF text) or a break in a list (Markdown). */
  afterBreak?: boolean
}

/** Offsets of line starts, to turn offsets into line and column. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly source: string) {
    for (let index = 0; index < source.length; index++) {
      const code = source.charCodeAt(index)
      if (code === 10) this.starts.push(index + 1)
      else if (code === 13 && source.charCodeAt(index + 1) !== 10) this.starts.push(index + 1)
    }
  }

  /**
   * The last two points made. Neighbouring nodes meet at one offset (a text
   * ends where a citation starts) and then share one point object: a tree
   * of 10 MB has 150,000 nodes, and points are a third of its memory.
   * Points are never changed after the parse, so sharing is safe.
   */
  private recent: [Point | undefined, Point | undefined] = [undefined, undefined]

  point(offset: number): Point {
    const recent = this.recent
    if (recent[0]?.offset === offset) return recent[0]
    if (recent[1]?.offset === offset) return recent[1]
    const made = this.make(offset)
    recent[1] = recent[0]
    recent[0] = made
    return made
  }

  private make(offset: number): Point {
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }

  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }
}

/**
 * The text of a block and the map from its characters back to the source.
 */
export class TextMap {
  readonly text: string
  /** Text offset where each piece starts. */
  private readonly at: number[]

  constructor(readonly pieces: Piece[]) {
    const at: number[] = []
    let text = ''
    for (const piece of pieces) {
      at.push(text.length)
      text += piece.text
    }
    this.text = text
    this.at = at
  }

  /** The index of the last piece starting at or before text offset `offset`. */
  pieceAt(offset: number): number {
    const at = this.at
    let low = 0
    let high = at.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (at[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  /** Text offset where piece `index` starts. */
  pieceStart(index: number): number {
    return this.at[index] ?? this.text.length
  }

  /** The source offset of the character at text offset `offset`. */
  source(offset: number): number {
    if (this.pieces.length === 0) return 0
    if (offset >= this.text.length) return this.pieces[this.pieces.length - 1]!.end
    const index = this.pieceAt(offset)
    const piece = this.pieces[index]!
    const into = offset - this.at[index]!
    return Math.min(piece.start + into, piece.end)
  }

  /** The source offset just after the character before text offset `offset`. */
  sourceEnd(offset: number): number {
    if (offset <= 0) return this.pieces[0]?.start ?? 0
    return Math.min(this.source(offset - 1) + 1, this.pieceEndAt(offset - 1))
  }

  private pieceEndAt(offset: number): number {
    const piece = this.pieces[this.pieceAt(offset)]!
    return piece.end
  }

  /** Source start and end of the whole block. */
  get start(): number {
    return this.pieces[0]?.start ?? 0
  }

  get end(): number {
    return this.pieces[this.pieces.length - 1]?.end ?? 0
  }
}

/** The text of a block. */
export function blockText(block: RawBlock): string {
  let text = ''
  for (const piece of block.pieces) text += piece.text
  return text
}

/** Split glued footnote digits off pieces: "(XXV)1" -> "(XXV)" + marker 1. */
export function splitFootnoteMarkers(pieces: Piece[], ids: ReadonlySet<string>): Piece[] {
  if (ids.size === 0) return pieces
  const result: Piece[] = []
  for (const piece of pieces) {
    if (piece.footnote !== undefined || piece.text.length === 0) {
      result.push(piece)
      continue
    }
    const text = piece.text
    let last = 0
    let index = 0
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code < 48 || code > 57) {
        index++
        continue
      }
      const from = index
      while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
      const after = index < text.length ? text.charCodeAt(index) : 32
      const afterOk = after === 32 || after === 44 || after === 46 || after === 59 || after === 58 || after === 41 || after === 0xa0
      if (!afterOk) continue
      const before = from > 0 ? text[from - 1]! : ''
      const run = text.slice(from, index)
      let split = -1
      // After a symbol's component ("A/80/L.4", "1/CP.19", "1/CMA.4", "Add.1", "Corr.2") the digits are its session or number, not a marker.
      // So are the digits of a decimal article number: "article 3.5", "article 4.15".
      const component = before === '.' && /(?:\/[A-Z]{1,5}|\b(?:Add|Rev|Corr|Amend)|(?:^|\s)\d{1,2})$/.test(text.slice(Math.max(0, from - 8), from - 1))
      if (component) continue
      if (/[a-z),.;:\u201d\u2019"]/.test(before) && ids.has(run) && run.length <= 3) {
        // A letter or closing mark, then the marker: "Bodies,1", "(XXV)1".
        if (!(before >= 'a' && before <= 'z') || /[a-z]{3}$/.test(text.slice(Math.max(0, from - 3), from))) split = from
      } else if (run.length >= 5 && run.length <= 7 && (before === '' || before === ' ' || before === '\u2013' || before === '-')) {
        // A year with the marker glued on: "of 19721".
        const year = Number(run.slice(0, 4))
        if (year >= 1900 && year <= 2099 && ids.has(run.slice(4))) split = from + 4
      }
      if (split === -1) continue
      if (split > last) result.push({...piece, text: text.slice(last, split), start: piece.start + last, end: piece.start + split})
      result.push({text: '', start: piece.start + split, end: piece.start + index, footnote: text.slice(split, index)})
      last = index
    }
    if (last === 0) result.push(piece)
    else if (last < text.length) result.push({...piece, text: text.slice(last), start: piece.start + last})
  }
  return result
}

/**
 * Footnote markers that text extraction set apart with spaces rather than
 * gluing them on: "Political Rights, 2 the International Convention", "of
 * 17 July 2020, 4  47/21 of 13 July 2021". Digits standing alone after a
 * comma are a marker only when they are the next footnote in order (one
 * more than the last marker met, glued or not, and glued nowhere) and do
 * not continue a list of numbers ("paragraphs 3, 4 and 5"). Blocks are
 * taken in document order.
 */
export function splitSpacedMarkers(blocks: ReadonlyArray<{pieces: Piece[]}>, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return
  const glued = new Set<string>()
  for (const block of blocks) for (const piece of block.pieces) if (piece.footnote !== undefined) glued.add(piece.footnote)
  let last = 0
  for (const block of blocks) {
    const result: Piece[] = []
    for (const piece of block.pieces) {
      if (piece.footnote !== undefined) {
        if (/^\d+$/.test(piece.footnote)) last = Math.max(last, Number(piece.footnote))
        result.push(piece)
        continue
      }
      const text = piece.text
      let from = 0
      // ", 4  47/21": a comma, spaces, one to three digits, spaces, then a word.
      const pattern = /, {1,3}(\d{1,3}) {1,3}(?=\S)/g
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const id = match[1]!
        const number = Number(id)
        if (number !== last + 1 || !ids.has(id) || glued.has(id)) continue
        // Not a list of numbers: the word before the comma is no short number, the word after is no "and", "to", "or".
        const before = /(\S+)$/.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? ''
        const after = /^\S+/.exec(text.slice(pattern.lastIndex, pattern.lastIndex + 6))?.[0] ?? ''
        if (/^\(?\d{1,3}\)?$/.test(before) || /^(?:and|or|to|per|million|billion|percent)\b/.test(after)) continue
        const start = match.index + match[0].indexOf(id, 1)
        const end = start + id.length
        result.push({...piece, text: text.slice(from, start), start: piece.start + from, end: piece.start + start})
        result.push({text: '', start: piece.start + start, end: piece.start + end, footnote: id})
        from = end
        last = number
      }
      if (from === 0) result.push(piece)
      else result.push({...piece, text: text.slice(from), start: piece.start + from})
    }
    block.pieces = result
  }
}
