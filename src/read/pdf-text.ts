/**
 * Read plain text as extracted from the official PDFs into blocks: hard line
 * breaks joined, running headers, job numbers and page numbers set aside,
 * footnotes under a "____" separator kept apart, a paragraph number alone on
 * its line joined to its paragraph, hyphenated line ends mended.
 */
import {matchPhrase} from '../recognize/phrase.js'
import {splitFootnoteMarkers, splitSpacedMarkers, type Piece, type RawBlock} from './blocks.js'
import {dropInvisible, normalize} from './normalize.js'
import type {Reader} from './types.js'

interface Line {
  /** Source offset of the first character. */
  start: number
  /** Source offset after the last character (before the line ending). */
  end: number
  text: string
  kind: 'text' | 'blank' | 'artefact' | 'separator' | 'number' | 'pagebreak'
}

/** Only short lines can be running headers; the patterns below are anchored and simple. */
const maxArtefact = 80

const artefacts: RegExp[] = [
  // A document symbol alone: A/RES/80/1, S/RES/1445 (2002), A/C.3/79/L.15/Rev.1
  /^[A-Z]{1,6}(?:\/[A-Za-z0-9.-]{1,24}){1,8}(?: \(\d{4}\))?$/,
  // A job number with or without a page number: 25-15106 2/4, 02-72318 (E), 2/4 25-15106
  /^(?:\d{1,3}\/\d{1,3} )?\d{2}-\d{5}(?: \(E\))?(?: \d{1,3}\/\d{1,3})?(?: \*\d+\*)?$/,
  // A page number: 2/4, 12, - 3 -, Page 2
  /^\d{1,3}\/\d{1,3}$/,
  /^\d{1,3}$/,
  /^- ?\d{1,3} ?-$/,
  /^Page \d{1,3}(?: of \d{1,3})?$/,
  // A bar code line
  /^\*\d{5,}\*$/
]

const separator = /^_{3,}$/
const loneNumber = /^(\d{1,9})\.$/

function classify(text: string): Line['kind'] {
  const trimmed = text.trim()
  if (trimmed.length === 0) return 'blank'
  if (trimmed.length > maxArtefact) return 'text'
  if (separator.test(trimmed)) return 'separator'
  if (loneNumber.test(trimmed)) return 'number'
  for (const pattern of artefacts) if (pattern.test(trimmed)) return 'artefact'
  return 'text'
}

function splitLines(source: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let index = 0; index <= source.length; index++) {
    const code = index < source.length ? source.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    // A form feed is a page break; text after it on the same line is a line of its own.
    let from = start
    for (let feed = start; feed < index; feed++) {
      if (source.charCodeAt(feed) !== 12) continue
      const before = source.slice(from, feed)
      if (before.trim() !== '') lines.push({start: from, end: feed, text: before, kind: classify(before)})
      lines.push({start: feed, end: feed + 1, text: '', kind: 'pagebreak'})
      from = feed + 1
    }
    const text = source.slice(from, index)
    lines.push({start: from, end: index, text, kind: classify(text)})
    if (code === 13 && source.charCodeAt(index + 1) === 10) index++
    start = index + 1
  }
  return lines
}

const footnoteStart = /^\s{0,8}(\d{1,3}|\*{1,3}|[a-z])\s+\S/

/** Whether a line ending and the next line start end one paragraph and begin another. */
function startsParagraph(previous: string, line: string): boolean {
  const last = previous.trimEnd()
  const end = last.charCodeAt(last.length - 1)
  // ; , : . or a closing bracket
  if (!(end === 59 || end === 44 || end === 58 || end === 46 || end === 93)) return false
  const trimmed = line.trimStart()
  if (/^\d{1,9}\.\s/.test(trimmed) || /^\([a-z]{1,6}\)\s/.test(trimmed)) return true
  if (/^The [A-Z][a-z]+(?: [A-Za-z]+){0,5},$/.test(trimmed.slice(0, 60))) return true
  const phrase = matchPhrase(trimmed, 0, 'any')
  return phrase !== undefined && phrase.known
}

/** Read PDF text into blocks. */
export function readText(source: string): RawBlock[] {
  const lines = splitLines(source)
  const blocks: RawBlock[] = []
  const footnotes: RawBlock[] = []
  let current: Piece[] | undefined
  let currentNumber: number | undefined
  let previous: Line | undefined
  let broken = false
  let pendingNumber: number | undefined

  const close = (): void => {
    if (current && current.length > 0) {
      const block: RawBlock = {kind: 'paragraph', pieces: current}
      if (currentNumber !== undefined) block.number = currentNumber
      if (broken) block.afterBreak = true
      blocks.push(block)
      broken = false
    }
    current = undefined
    currentNumber = undefined
    previous = undefined
  }

  let inFootnotes = false
  let footnote: RawBlock | undefined

  for (const line of lines) {
    if (inFootnotes) {
      if (line.kind === 'artefact' || line.kind === 'pagebreak' || line.kind === 'separator') {
        inFootnotes = line.kind === 'separator'
        footnote = undefined
        if (line.kind === 'artefact') blocks.push({kind: 'artefact', pieces: [{text: line.text.trim(), start: line.start, end: line.end}], afterBreak: true})
        broken = true
        continue
      }
      if (line.kind === 'blank') continue
      const match = footnoteStart.exec(line.text)
      if (match) {
        const id = match[1]!
        const from = line.start + line.text.indexOf(id) + id.length
        const textStart = from + (line.text.slice(from - line.start).length - line.text.slice(from - line.start).trimStart().length)
        footnote = {kind: 'footnote', footnote: id, pieces: [{text: source.slice(textStart, line.end).trimEnd(), start: textStart, end: line.end}]}
        footnotes.push(footnote)
      } else if (footnote) {
        footnote.pieces.push({text: ' ', start: line.start - 1, end: line.start})
        const trimmed = line.text.trim()
        const offset = line.text.indexOf(trimmed)
        footnote.pieces.push({text: trimmed, start: line.start + offset, end: line.start + offset + trimmed.length})
      }
      continue
    }

    switch (line.kind) {
      case 'blank':
        close()
        continue
      case 'separator':
        close()
        inFootnotes = true
        broken = true
        continue
      case 'artefact':
      case 'pagebreak':
        close()
        // Kept for the header; the structure stage drops them in the body.
        if (line.kind === 'artefact') {
          const trimmed = line.text.trim()
          const offset = line.text.indexOf(trimmed)
          blocks.push({kind: 'artefact', pieces: [{text: trimmed, start: line.start + offset, end: line.start + offset + trimmed.length}], afterBreak: true})
        }
        broken = true
        continue
      case 'number':
        close()
        pendingNumber = Number(loneNumber.exec(line.text.trim())![1])
        continue
    }

    const trimmed = line.text.trim()
    const offset = line.text.indexOf(trimmed)
    const piece: Piece = {text: trimmed, start: line.start + offset, end: line.start + offset + trimmed.length}
    if (current && previous && startsParagraph(previous.text, line.text)) close()
    if (!current) {
      current = [piece]
      if (pendingNumber !== undefined) {
        currentNumber = pendingNumber
        pendingNumber = undefined
      }
    } else {
      const last = current[current.length - 1]!
      const first = trimmed.charCodeAt(0)
      const hyphenated = last.text.endsWith('-') && first >= 97 && first <= 122 && !last.text.endsWith(' -')
      if (!hyphenated) current.push({text: ' ', start: previous!.end, end: previous!.end + 1})
      current.push(piece)
    }
    previous = line
  }
  close()

  const ids = new Set(footnotes.map((block) => block.footnote!))
  for (const block of blocks) block.pieces = splitFootnoteMarkers(block.pieces, ids)
  splitSpacedMarkers(blocks, ids)
  return [...blocks, ...footnotes]
}

/** The reader of text extracted from a PDF (and of any plain text): what no other reader claims. */
export const pdfTextReader: Reader = {
  format: 'text',
  binary: false,
  detect: (_input, text) => (text === undefined ? 0 : 0.5),
  read(_input, text) {
    const blocks = readText(normalize(text))
    dropInvisible(blocks)
    return {format: 'text', text, blocks, front: {}, diagnostics: []}
  }
}
