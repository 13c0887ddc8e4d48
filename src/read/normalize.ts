/** What every text reader does to its text and blocks: offsets are kept, so positions still point at the source. */
import type {Piece, RawBlock} from './blocks.js'

/** Characters that carry no text: soft hyphen, zero-width spaces and joiners, BOM. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/

/** Same-length replacements that make text readable: no-break spaces and hyphens. */
export function normalize(source: string): string {
  // A byte order mark becomes a space, so every reader counts offsets alike.
  return source.replace(/[\u00a0\u202f\u2007\ufeff]/g, ' ').replace(/[\u2010\u2011]/g, '-')
}

/** Drop invisible characters from pieces (offsets are kept). */
export function dropInvisible(blocks: RawBlock[]): void {
  for (const block of blocks) {
    if (!block.pieces.some((piece) => invisible.test(piece.text))) continue
    const pieces: Piece[] = []
    for (const piece of block.pieces) {
      if (!invisible.test(piece.text)) {
        pieces.push(piece)
        continue
      }
      let from = 0
      for (let index = 0; index <= piece.text.length; index++) {
        if (index < piece.text.length && !invisible.test(piece.text[index]!)) continue
        if (index > from) {
          pieces.push({...piece, text: piece.text.slice(from, index), start: Math.min(piece.start + from, piece.end), end: Math.min(piece.start + index, piece.end)})
        }
        from = index + 1
      }
    }
    block.pieces = pieces
  }
}
