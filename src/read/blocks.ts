/**
 * The intermediate form both readers (Markdown and PDF text) produce: blocks
 * of text made of pieces, each piece tied to its span of the source. The
 * structure stage works on blocks and never looks at the format again.
 */
import type {Point, Position} from 'unist'
import {firstAfter} from '../array.js'

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
  /** The page of a PDF the piece was read from (1-based); absent for text formats. */
  page?: number
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
  /** The block goes on with the paragraph before it, cut by a page break (the reader knows by how that one ended). */
  continues?: boolean
}

/** The index of the last of `sorted` (ascending) at or before `value`; 0 when all are after it, or there are none. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  return Math.max(0, firstAfter(sorted, value) - 1)
}

/**
 * The page of each offset of a PDF's reading-order text, from the pages its
 * pieces were read from: runs of offsets, each starting where a piece of
 * another page starts. Footnotes come after the body in the text but keep
 * their pages, so the runs are sorted once.
 */
export class PageMap {
  private readonly starts: number[] = []
  private readonly pages: number[] = []

  /** The map of `blocks`, or undefined when no piece knows its page (text formats). */
  static of(blocks: readonly RawBlock[]): PageMap | undefined {
    const runs: Array<[number, number]> = []
    for (const block of blocks) {
      let page: number | undefined
      for (const piece of block.pieces) {
        if (piece.page === undefined || piece.page === page) continue
        page = piece.page
        runs.push([piece.start, page])
      }
    }
    if (runs.length === 0) return undefined
    runs.sort((a, b) => a[0] - b[0])
    const map = new PageMap()
    for (const [start, page] of runs) {
      if (map.pages[map.pages.length - 1] === page) continue
      map.starts.push(start)
      map.pages.push(page)
    }
    return map
  }

  /** The page of the character at `offset` (the first page before the first piece). */
  at(offset: number): number {
    return this.pages[lastAtOrBefore(this.starts, offset)]!
  }
}

/** Offsets of line starts, to turn offsets into line and column (and page, for a PDF). */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(
    readonly source: string,
    private readonly pages?: PageMap
  ) {
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
    const line = lastAtOrBefore(this.starts, offset)
    const point: Point = {line: line + 1, column: offset - this.starts[line]! + 1, offset}
    if (this.pages) point.page = this.pages.at(offset)
    return point
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
    return lastAtOrBefore(this.at, offset)
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
