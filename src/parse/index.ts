/**
 * `parse`: a UN resolution, as Markdown, as text extracted from a PDF or
 * (through `parseInput`) in any format of the reader registry, to the reso
 * tree plus diagnostics. Total: any text yields a tree.
 */
import {detectText, read, readerOf, type Input, type Source} from '../read/index.js'
import {LineIndex, PageMap} from '../read/blocks.js'
import type {ParseResult, SourceFormat} from '../tree.js'
import {build} from './build.js'

/** Options for `parse`. */
export interface ParseOptions {
  /** The source format; "auto" (the default) looks at the text. */
  format?: SourceFormat | 'auto'
}

/** Guess the format of a text: Markdown when it has Markdown's marks, else PDF text. */
export function detectFormat(source: string): SourceFormat {
  return detectText(source).format
}

/** Parse a resolution given as text. */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const reader = options.format === undefined || options.format === 'auto' ? detectText(source) : readerOf(options.format)
  if (reader.binary) throw new TypeError('parse: ' + reader.format + ' is read from bytes; use parseInput')
  return parseSource(reader.read({name: '', bytes: new Uint8Array(0)}, source) as Source)
}

/** Parse an input in any format reso reads (the bytes decide, or `format`). Throws InputError for bytes it cannot read. */
export async function parseInput(input: Input, options: ParseOptions = {}): Promise<ParseResult> {
  return parseSource(await read(input, options.format ?? 'auto'))
}

/** Build the tree of a source a reader has read. */
export function parseSource(source: Source): ParseResult {
  const lines = new LineIndex(source.text, PageMap.of(source.blocks))
  const {tree, diagnostics} = build(source.blocks, {source: source.text, lines, format: source.format, front: source.front})
  return {tree, diagnostics: source.diagnostics.length > 0 ? [...source.diagnostics, ...diagnostics] : diagnostics}
}
