/**
 * What the tree builder knows while it builds: the tree so far, where it
 * stands (the innermost part, the counters of the preamble and of the
 * numbering), the constructs the blocks were grouped into, and helpers
 * every handler uses to turn a construct's text into phrasing.
 */
import type {Citation, Diagnostic, Part, Position, Resolution} from '../tree.js'
import {TextMap, type LineIndex, type Piece, type RawBlock} from '../read/blocks.js'
import type {FrontMatter} from '../read/types.js'
import {currentSession, findCitations, type InstrumentLookup, type InternalRef, type Organ} from '../recognize/citations/index.js'
import type {PhraseMatch} from '../recognize/phrase.js'
import {partPrefix} from '../grammar/index.js'
import {append} from '../array.js'
import {buildPhrasing} from './inline.js'

/** What a run of blocks was recognised as. */
export type ConstructKind = 'preambular' | 'operative' | 'sub' | 'block' | 'part' | 'partHeading' | 'closing' | 'annex'

/** One construct: the blocks it spans and what was learnt while grouping them. */
export interface Construct {
  kind: ConstructKind
  blocks: RawBlock[]
  /** Text offset in the first block where the content starts (after a number or marker); -1 for a part letter alone. */
  contentStart: number
  /** The operative number as written; null when unnumbered. */
  number?: number | null
  /** A sub-paragraph's marker as written. */
  marker?: string
  /** A sub-paragraph's depth below its paragraph. */
  depth?: number
  /** A sub-paragraph's bullet count, for bulleted items. */
  bullet?: number
  /** The label: the alternative's marker ("OP3 alt"), or a part's letter; paragraph labels are made when built. */
  label?: string
  /** Marked as an alternative ("OP3 alt"): outside the numbering. */
  alternative?: boolean
  /** The action phrase the paragraph was classified by, offsets into its first block's text. */
  phrase?: PhraseMatch | undefined
  /** Sub-paragraphs of a paragraph, in order, flat, with depth. */
  subs?: Construct[]
}

/** An internal reference waiting for all labels to be known. */
export interface PendingReference {
  node: Citation
  ref: InternalRef
  /** The part prefix where it stands: "II.". */
  prefix: string
  /** The label of the paragraph it stands in. */
  label: string
}

/** Options for the builder. */
export interface BuildOptions {
  source: string
  lines: LineIndex
  format: Resolution['format']
  front: FrontMatter
}

/** The builder's state, shared by every handler. */
export class BuildState {
  readonly tree: Resolution
  readonly lines: LineIndex
  readonly diagnostics: Diagnostic[] = []
  readonly references: PendingReference[] = []
  /** The parts open, outermost first. */
  readonly parts: Part[] = []
  /** The node new paragraphs go into: the tree or the innermost part. */
  parent: Resolution | Part
  /** Preambular paragraphs so far in the current part. */
  preambular = 0
  /** The last operative number in the current part. */
  lastNumber = 0
  /** The organ of the document, for bare resolution numbers. */
  organ: Organ | undefined
  /** The General Assembly's session the text belongs to, the largest its citations can name. */
  session: number = currentSession
  /** For each head word ("Convention"), the instrument the document names most. */
  instruments: InstrumentLookup | undefined

  constructor(tree: Resolution, lines: LineIndex) {
    this.tree = tree
    this.lines = lines
    this.parent = tree
  }

  /** The label prefix of the innermost part: "I.A.", or "". */
  prefix(): string {
    return partPrefix(this.parts[this.parts.length - 1]?.path)
  }

  /** A position from source offsets. */
  position(start: number, end: number): Position {
    return this.lines.position(start, end)
  }

  /** The citations of a text. */
  cite(text: string): ReturnType<typeof findCitations> {
    return findCitations(text, {organ: this.organ, session: this.session, instruments: this.instruments})
  }

  /** A construct's text, its blocks joined by spaces, from its content start. */
  map(construct: Construct, from = construct.contentStart): TextMap {
    const pieces: Piece[] = []
    construct.blocks.forEach((block, index) => {
      let blockPieces = block.pieces
      if (index === 0 && from > 0) blockPieces = slicePieces(blockPieces, from)
      if (index > 0 && pieces.length > 0) {
        const end = pieces[pieces.length - 1]!.end
        pieces.push({text: ' ', start: end, end})
      }
      append(pieces, blockPieces)
    })
    return new TextMap(pieces)
  }

  /** The phrasing of a whole text map, with citations, notes and markers. */
  phrasing(map: TextMap, from = 0, to = map.text.length, phrase?: PhraseMatch, label?: string): ReturnType<typeof buildPhrasing> {
    const local: Array<{node: Citation; ref: InternalRef}> = []
    const children = buildPhrasing({map, lines: this.lines, from, to, phrase, citations: this.cite(map.text), diagnostics: this.diagnostics, internals: local})
    if (label !== undefined) for (const item of local) this.references.push({...item, prefix: this.prefix(), label})
    return children
  }

  /** Report a problem found while building. */
  report(reason: string, place: Position, ruleId: string, severity: Diagnostic['severity']): void {
    this.diagnostics.push({reason, place, ruleId, source: 'reso', severity})
  }
}

/** Pieces from text offset `from` on. */
function slicePieces(pieces: Piece[], from: number): Piece[] {
  const result: Piece[] = []
  let offset = 0
  for (const piece of pieces) {
    const end = offset + piece.text.length
    if (offset >= from) result.push(piece)
    else if (end > from) {
      const cut = from - offset
      result.push({...piece, text: piece.text.slice(cut), start: Math.min(piece.start + cut, piece.end)})
    }
    offset = end
  }
  return result
}

/** Grow a node's position to cover its children (or one child just added). */
export function extend(node: {position?: Position; children: Array<{position?: Position}>}, child?: {position?: Position}): void {
  const first = node.children[0]?.position
  const last = (child ?? node.children[node.children.length - 1])?.position
  if (!node.position && first) node.position = {start: first.start, end: (last ?? first).end}
  else if (node.position && last && last.end.offset! > node.position.end.offset!) node.position = {start: node.position.start, end: last.end}
}
