/**
 * What every reader gives the tree builder: the text that positions refer
 * to and the neutral block list made from it. A reader is one module and
 * one row of the registry (src/read/index.ts).
 */
import type {Diagnostic, SourceFormat} from '../tree.js'
import type {RawBlock} from './blocks.js'

/** Front matter as the corpus keeps it: `---`, `key: value` lines, `---`. */
export interface FrontMatter {
  [key: string]: string
}

/** A document read into blocks. */
export interface Source {
  /** The format it was read as. */
  format: SourceFormat
  /**
   * The text every position refers to: the input itself for text formats;
   * for a PDF, the reading-order text reso built (`reso text` prints it).
   */
  text: string
  /** Blocks in reading order; footnotes may come anywhere (the builder puts them last). */
  blocks: RawBlock[]
  /** Header facts the reader knows for sure (front matter, a PDF's masthead read by position). */
  front: FrontMatter
  /** What the reader found wrong, with positions in `text`. */
  diagnostics: Diagnostic[]
}

/** An input as the input layer hands it to the readers. */
export interface Input {
  /** The name to show: a path as given, or "<stdin>". */
  name: string
  /** The bytes as read. */
  bytes: Uint8Array
  /**
   * The caller is done with the bytes once they are read: a reader may take
   * them over (the PDF reader hands them to PDF.js, which detaches them)
   * instead of copying them. The CLI's inputs are.
   */
  handOver?: boolean
}

/** One input format. */
export interface Reader {
  /** Its name, as `--format` takes it. */
  format: SourceFormat
  /**
   * How surely the input is this format's, from 0 (not at all) to 3 (by
   * signature): the registry takes the reader that is surest. `text` is
   * the decoded input for readers of text, undefined for binary input.
   */
  detect(input: Input, text: string | undefined): number
  /** Binary readers take the bytes; text readers the decoded text. */
  binary: boolean
  /** Read the input. */
  read(input: Input, text: string): Source | Promise<Source>
}
