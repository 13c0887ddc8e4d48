/**
 * The input layer: a registry of readers, each a module that detects its
 * input and reads it into the neutral block list (src/read/types.ts). A new
 * input format is one module and one row here.
 *
 * | reader     | module            | takes | detected by                         |
 * |------------|-------------------|-------|-------------------------------------|
 * | markdown   | markdown.ts       | text  | a .md name, or Markdown's marks     |
 * | text       | pdf-text/index.ts | text  | anything else that decodes as text  |
 * | pdf        | pdf/index.ts      | bytes | the %PDF- signature                 |
 *
 * The PDF reader loads PDF.js only when a PDF is read (pdf/load.ts).
 */
import type {SourceFormat} from '../tree.js'
import {decode, InputError} from './decode.js'
import {markdownReader} from './markdown.js'
import {pdfTextReader} from './pdf-text/index.js'
import {pdfReader} from './pdf/index.js'
import type {Input, Reader, Source} from './types.js'

export type {Input, Reader, Source} from './types.js'
export {InputError, decode} from './decode.js'

/** A character that shows: not white space, not zero-width (a file of only U+200B is empty). */
const visible = /[^\s\u200b-\u200d\u2060\ufeff\u00ad]/

/** The readers, surest first on a tie. */
export const readers: readonly Reader[] = [markdownReader, pdfTextReader, pdfReader]

/** The formats `--format` takes. */
export const formats: readonly SourceFormat[] = readers.map((reader) => reader.format)

/** The reader of a format. */
export function readerOf(format: SourceFormat): Reader {
  return readers.find((reader) => reader.format === format)!
}

/** The reader that is surest of a text (no name, no bytes): Markdown's marks, else PDF text. */
export function detectText(text: string): Reader {
  return choose({name: '', bytes: new Uint8Array(0)}, text, readers.filter((reader) => !reader.binary))
}

function choose(input: Input, text: string | undefined, candidates: readonly Reader[]): Reader {
  let best: Reader | undefined
  let sureness = 0
  for (const reader of candidates) {
    const score = reader.detect(input, reader.binary ? undefined : text)
    if (score > sureness) {
      best = reader
      sureness = score
    }
  }
  return best ?? pdfTextReader
}

/**
 * Read an input: the format given, or the reader surest of it. Binary
 * readers see the bytes first (a signature decides); text readers see the
 * decoded text. Throws InputError when the bytes are not a format reso reads.
 */
export async function read(input: Input, format: SourceFormat | 'auto' = 'auto'): Promise<Source> {
  const binary = readers.filter((reader) => reader.binary)
  let reader: Reader | undefined = format === 'auto' ? undefined : readerOf(format)
  if (!reader) {
    for (const candidate of binary) if (candidate.detect(input, undefined) > 0) reader = candidate
  }
  if (reader?.binary) return reader.read(input, '')
  const text = decode(input.name, input.bytes)
  if (!visible.test(text)) {
    throw new InputError(input.name === '<stdin>' ? '<stdin>: input is empty; pipe a resolution in, or give a file name' : input.name + ': file is empty; give a file with the text of a resolution')
  }
  reader ??= choose(input, text, readers.filter((candidate) => !candidate.binary))
  return reader.read(input, text)
}
