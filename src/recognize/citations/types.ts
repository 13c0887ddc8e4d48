/** What the citation recognizers find, before it becomes a Citation node. */
import type {Citation} from '../../tree.js'
import type {Reader} from './scan.js'

/** The organs reso knows, by the names texts use. */
export type Organ =
  | 'General Assembly'
  | 'Security Council'
  | 'Human Rights Council'
  | 'Economic and Social Council'
  | 'Commission on Human Rights'

/** An internal reference before its targets are known. */
export interface InternalRef {
  /** Operative paragraph numbers pointed at, with an optional sub-paragraph marker. */
  paragraphs: Array<{number: number; sub?: string}>
  /** Sub-paragraph markers of the citing paragraph ("subparagraph (a) above"). */
  subs: string[]
  /** "the present resolution": the document itself. */
  self: boolean
}

/**
 * The fields a family gives a citation, in the order the node has them.
 * A new field is declared on Citation (src/tree.ts), listed here and set
 * by its family: the node (src/parse/inline.ts) and `reso refs` rows
 * (src/query/refs.ts) take every field listed.
 */
export const citationFields = ['symbol', 'organ', 'date', 'pinpoint', 'article', 'instrument'] as const

/** A citation found in a text, by offsets into that text. */
export interface CitationMatch extends Pick<Citation, 'kind' | Exclude<(typeof citationFields)[number], 'organ'>> {
  from: number
  to: number
  /** The organ whose text is cited, where known. */
  organ?: Organ
  internal?: InternalRef
  /** Why no symbol is given although the text cites a number: no organ it may be can have given it ("resolution 5/5" of the General Assembly). */
  problem?: string
}

/** Options for `findCitations`. */
export interface FindOptions {
  /** The organ whose text this is, for bare numbers. */
  organ?: Organ | undefined
  /** The General Assembly's session the text belongs to (from its symbol or date), the largest a citation of the Assembly can name; 80 when not given. */
  session?: number | undefined
  /** For each head word ("Convention"), the instrument the whole document names most: what "the Convention" stands for. */
  instruments?: Pick<ReadonlyMap<string, string>, 'get'> | undefined
  /** When given, `reads` grows by the number of characters the scan looked at. */
  stats?: {reads: number} | undefined
}

/** A family of citations: the words it can start with, and its reader. */
export interface Family {
  /** First letters (lower case) of the words a citation of this family starts with. */
  starts: string
  /** Tried at any word that starts with a capital, after the families of its letter. */
  capitals?: boolean
  /** Read citations at `start` into `found`; the index after them, or undefined when none starts here. */
  read(reader: Reader, start: number, options: FindOptions, found: CitationMatch[]): number | undefined
}
