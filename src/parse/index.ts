/**
 * `parse`: a UN resolution, as Markdown or as text extracted from a PDF, to
 * the reso tree plus diagnostics. Total: any string yields a tree.
 */
import type {ParseResult, SourceFormat} from '../tree.js'
import {LineIndex, type Piece, type RawBlock} from '../read/blocks.js'
import {readMarkdown, stripFrontMatter} from '../read/markdown.js'
import {build} from './structure.js'
import {readText} from '../read/pdf-text.js'

/** Options for `parse`. */
export interface ParseOptions {
  /** The source format; "auto" (the default) looks at the text. */
  format?: SourceFormat | 'auto'
}

/** Characters that carry no text: soft hyphen, zero-width spaces and joiners, BOM. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/

/**
 * Guess the format: Markdown when the text has Markdown's marks (front
 * matter, emphasis around a word, links, footnote markers, headings).
 */
export function detectFormat(source: string): SourceFormat {
  const sample = source.slice(0, 200_000)
  if (/^---\r?\n/.test(sample)) return 'markdown'
  if (/\]\(#?[^)\s]{0,200}\)|\[\^\d{1,4}\]|(?:^|\n)#{1,6} \S/.test(sample)) return 'markdown'
  if (/(?:^|[\s[])\*[A-Z][a-z]{1,30}(?: [a-z]{1,20}){0,3}\*/.test(sample)) return 'markdown'
  return 'text'
}

/** Same-length replacements that make text readable: no-break spaces and hyphens. */
function normalize(source: string): string {
  // A byte order mark becomes a space, so every reader counts offsets alike.
  return source.replace(/[\u00a0\u202f\u2007\ufeff]/g, ' ').replace(/[\u2010\u2011]/g, '-')
}

/** Drop invisible characters from pieces (offsets are kept). */
function dropInvisible(blocks: RawBlock[]): void {
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

/** Parse a resolution. */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(source) : options.format
  const lines = new LineIndex(source)
  const normalized = normalize(source)
  let front: Record<string, string> = {}
  let blocks: RawBlock[]
  if (format === 'markdown') {
    const stripped = stripFrontMatter(normalized)
    front = stripped.data
    blocks = readMarkdown(stripped.source)
  } else {
    blocks = readText(normalized)
  }
  dropInvisible(blocks)
  const {tree, diagnostics} = build(blocks, {source, lines, format, front})
  return {tree, diagnostics}
}
