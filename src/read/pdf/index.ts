/**
 * The PDF reader: an official UN PDF read with PDF.js, page by page, into
 * reso's reading-order text (page furniture removed, footnotes after the
 * body; `reso text` prints it) and the neutral block list. Where a line
 * stands, its size and its font decide: see layout.ts.
 */
import type {Diagnostic} from '../../tree.js'
import {InputError} from '../decode.js'
import {dropInvisible, normalize} from '../normalize.js'
import type {Input, Reader, Source} from '../types.js'
import {layout, type PageLines} from './layout.js'
import {linesOf, packLines, runsOf, type TextItemLike} from './lines.js'
import {loadPdfJs, type PdfJs} from './load.js'

export {layout, type PageLines, type Layout} from './layout.js'
export {measure} from './measure.js'
export {findFurniture, footnoteStart} from './furniture.js'
export {linesOf, runsOf, fontStyle, type Line, type Run} from './lines.js'

/** "%PDF-" at the start (a few bytes of junk before it are allowed, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024)
  for (let index = 0; index <= limit; index++) {
    if (bytes[index] === 0x25 && bytes[index + 1] === 0x50 && bytes[index + 2] === 0x44 && bytes[index + 3] === 0x46 && bytes[index + 4] === 0x2d) return true
    if (index === 0 && bytes[0] !== 0x25 && bytes[0] !== 0x0a && bytes[0] !== 0x0d && bytes[0] !== 0x20) return false
  }
  return false
}

/**
 * How many pages PDF.js reads between two cleanups of its caches: it reads
 * a document's fonts again after each, a few milliseconds against the
 * second or more that 100 pages take.
 */
const cleanupEvery = 100

/**
 * Read the pages of a PDF into lines, one page at a time. With `handOver`
 * the caller is done with `bytes`: PDF.js takes their buffer over (it
 * detaches it) when they fill it, and the document is not in memory twice.
 */
export async function readPages(name: string, bytes: Uint8Array, handOver = false): Promise<PageLines[]> {
  const {pdfjs} = loadPdfJs()
  let task: ReturnType<PdfJs['getDocument']> | undefined
  let document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>
  try {
    // PDF.js takes the buffer over and refuses a Buffer: give it a plain view of a buffer the bytes fill, or else a plain copy.
    const whole = handOver && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    const data = whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes)
    task = pdfjs.getDocument({data, isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true, stopAtErrors: false})
    document = await task.promise
  } catch (error) {
    await task?.destroy().catch(() => undefined)
    throw explain(name, error)
  }
  const pages: PageLines[] = []
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const [, , width = 612, height = 792] = page.view
      const content = await page.getTextContent()
      const fonts: Record<string, string | undefined> = {}
      for (const [key, style] of Object.entries(content.styles)) fonts[key] = (style as {fontName?: string}).fontName
      const items = content.items.filter((item): item is TextItemLike & typeof item => 'str' in item)
      pages.push({page: number, width, height, lines: packLines(linesOf(runsOf(items, fonts), number), number)})
      page.cleanup()
      // PDF.js keeps what it parsed (fonts, page dictionaries) for the whole document: let it go now and then, so that memory stays bounded on a long PDF.
      if (number % cleanupEvery === 0) await document.cleanup()
    }
  } catch (error) {
    throw explain(name, error)
  } finally {
    await document.destroy().catch(() => undefined)
  }
  return pages
}

/** PDF.js's errors as one line a user can act on. */
function explain(name: string, error: unknown): InputError {
  if (error instanceof InputError) return error
  const kind = error instanceof Error ? error.name : ''
  const message = error instanceof Error ? error.message : String(error)
  if (kind === 'PasswordException') return new InputError(name + ': encrypted: reso cannot read it; ask for an unprotected copy')
  return new InputError(name + ': not a readable PDF (' + message.slice(0, 120) + '); the file may be truncated or damaged: download it again')
}

/** Common short words of the UN's languages written in Latin letters. */
const common = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'for', 'on', 'its', 'that', 'with', 'by', 'as', 'is', 'be', 'at', 'de', 'la', 'le', 'les', 'et', 'des', 'du', 'el', 'en', 'y', 'que', 'los', 'del', 'las'])

/** How much text looksGarbled lowers at once: a copy of the whole text in lower case would stand beside it at the reader's peak of memory. */
const garbledChunk = 1 << 16

/** Whether most words are not words: the text layer's font map is broken. */
export function looksGarbled(text: string): boolean {
  let words = 0
  let hits = 0
  const space = /\s/g
  const word = /[a-z\u00e0-\u00ff]+/g
  for (let from = 0; from < text.length; ) {
    // A chunk ends at a space, so that no word is cut in two.
    space.lastIndex = Math.min(from + garbledChunk, text.length)
    const to = space.lastIndex < text.length && space.exec(text) ? space.lastIndex : text.length
    const lower = text.slice(from, to).toLowerCase()
    word.lastIndex = 0
    for (let match = word.exec(lower); match; match = word.exec(lower)) {
      words++
      if (common.has(match[0])) hits++
    }
    from = to
  }
  if (words < 100) return false
  return hits / words < 0.04
}

/** Read a PDF into a Source. */
export async function readPdf(input: Input): Promise<Source> {
  return sourceOfPages(input.name, await readPages(input.name, input.bytes, input.handOver === true))
}

/** The Source of a PDF's pages as readPages gives them (a test may keep the pages read once). */
export function sourceOfPages(name: string, pages: PageLines[]): Source {
  let characters = 0
  for (const page of pages) for (const line of page.lines) characters += line.text.length
  if (pages.length === 0) throw new InputError(name + ': the PDF has no pages; the file may be truncated or damaged: download it again')
  if (characters < 20 * pages.length && characters < 200) {
    throw new InputError(name + ': no text layer: this PDF is an image; run OCR first, e.g. ocrmypdf')
  }
  const result = layout(pages)
  // As every reader does: no-break spaces and hyphens read as plain ones (same length), invisible characters dropped.
  for (const block of result.blocks) for (const piece of block.pieces) piece.text = normalize(piece.text)
  dropInvisible(result.blocks)
  const diagnostics: Diagnostic[] = []
  if (looksGarbled(result.text)) {
    const end = Math.min(result.text.length, 1)
    diagnostics.push({
      reason: 'the text layer looks garbled (most words are not words): the PDF maps its glyphs to the wrong letters; get another copy or run OCR',
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: end + 1, offset: end}},
      ruleId: 'garbled-text',
      source: 'reso',
      severity: 'warning'
    })
  }
  return {format: 'pdf', text: result.text, blocks: result.blocks, front: result.front, diagnostics}
}

/** The PDF reader: the %PDF- signature decides, whatever the name. */
export const pdfReader: Reader = {
  format: 'pdf',
  binary: true,
  detect: (input) => (isPdf(input.bytes) ? 3 : 0),
  read: (input) => readPdf(input)
}
