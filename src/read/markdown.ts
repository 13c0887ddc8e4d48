/**
 * Read Markdown into blocks with remark-parse. Numbered operative paragraphs
 * arrive as ordered lists (restarted after a page break), italics may mark
 * the phrase, `[74/247](#)` is a link, `[^4]` a footnote marker.
 */
import type {
  BlockContent,
  DefinitionContent,
  ListItem,
  PhrasingContent as MdastPhrasing,
  Root,
  RootContent
} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {blockText, type Piece, type RawBlock} from './blocks.js'
import {markFootnoteMarkers, splitFootnoteMarkers} from './markers.js'
import {matchFormula, matchTitle} from '../parse/header.js'

import {markdownHazard} from './hazard.js'
import {dropInvisible, normalize} from './normalize.js'
import {pdfTextReader} from './pdf-text/index.js'
import type {FrontMatter, Reader, Source} from './types.js'

export type {FrontMatter}

/**
 * Blank out YAML front matter (keeping offsets) and read its simple
 * `key: value` lines.
 */
export function stripFrontMatter(source: string): {source: string; data: FrontMatter} {
  const data: FrontMatter = {}
  if (!/^---\r?\n/.test(source)) return {source, data}
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.slice(3))
  if (!close) return {source, data}
  const end = 3 + close.index + close[0].length
  const front = source.slice(0, end)
  for (const line of front.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon < 1) continue
    const key = line.slice(0, colon).trim()
    let value = line.slice(colon + 1).trim()
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1)
    if (/^[a-z_]{1,30}$/.test(key)) data[key] = value
  }
  const blanked = front.replace(/[^\r\n]/g, ' ')
  return {source: blanked + source.slice(end), data}
}

const footnoteMarker = /\[\^([^\]\s]{1,12})\]/g
const footnoteLead = /^\[\^([^\]\s]{1,12})\]:\s*/

function textPieces(value: string, start: number, end: number, emphasis: boolean, into: Piece[]): void {
  const clean = value.replace(/\r\n?|\n/g, ' ')
  let last = 0
  footnoteMarker.lastIndex = 0
  for (let match = footnoteMarker.exec(clean); match; match = footnoteMarker.exec(clean)) {
    if (match.index > last) into.push(piece(clean.slice(last, match.index), start + last, Math.min(start + match.index, end), emphasis))
    into.push({text: '', start: start + match.index, end: Math.min(start + match.index + match[0].length, end), footnote: match[1]!})
    last = match.index + match[0].length
  }
  if (last < clean.length) into.push(piece(clean.slice(last), Math.min(start + last, end), end, emphasis))
}

function piece(text: string, start: number, end: number, emphasis: boolean): Piece {
  const result: Piece = {text, start, end}
  if (emphasis) result.emphasis = true
  return result
}

/** Phrasing content to pieces, walked with a stack (no recursion on nesting depth). */
function inline(nodes: MdastPhrasing[], emphasis: boolean, into: Piece[]): void {
  const stack: Array<{nodes: MdastPhrasing[]; index: number; emphasis: boolean}> = [{nodes, index: 0, emphasis}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index === frame.nodes.length) {
      stack.pop()
      continue
    }
    const node = frame.nodes[frame.index++]!
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'text':
        textPieces(node.value, start, end, frame.emphasis, into)
        break
      case 'inlineCode':
        into.push(piece(node.value, start, end, frame.emphasis))
        break
      case 'break':
        into.push(piece(' ', start, end, frame.emphasis))
        break
      case 'emphasis':
        stack.push({nodes: node.children, index: 0, emphasis: true})
        break
      case 'strong':
      case 'delete':
      case 'link':
        stack.push({nodes: node.children, index: 0, emphasis: frame.emphasis})
        break
      case 'linkReference':
        if (node.identifier.startsWith('^')) into.push({text: '', start, end, footnote: node.identifier.slice(1)})
        else stack.push({nodes: node.children, index: 0, emphasis: frame.emphasis})
        break
      case 'image':
      case 'imageReference':
        if (node.alt) into.push(piece(node.alt, start, end, frame.emphasis))
        break
      default:
        // html and footnote nodes of extensions reso does not load: keep nothing.
        break
    }
  }
}

type Flow = RootContent | BlockContent | DefinitionContent | ListItem

/** A list item with the number it would have by CommonMark (its list's start plus its index). */
interface Item {
  type: 'item'
  item: ListItem
  ordered: boolean
  number: number
}

/** Flow content to blocks, in document order, walked with a stack (no recursion on nesting depth). */
function flow(nodes: Flow[], source: string, blocks: RawBlock[]): void {
  const stack: Array<Flow | Item> = []
  const pushAll = (children: readonly Flow[]): void => {
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  pushAll(nodes)
  while (stack.length > 0) {
    const node = stack.pop()!
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const pieces: Piece[] = []
        inline(node.children, false, pieces)
        const first = pieces[0]
        const lead = first && !first.footnote ? footnoteLead.exec(first.text) : null
        if (lead || (first?.footnote && pieces[1]?.text.startsWith(':'))) {
          blocks.push(footnoteBlock(source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
          break
        }
        blocks.push({kind: node.type === 'heading' ? 'heading' : 'paragraph', pieces})
        break
      }
      case 'definition': {
        if (node.identifier.startsWith('^')) {
          blocks.push(footnoteBlock(source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
        } else {
          const start = node.position?.start.offset ?? 0
          const end = node.position?.end.offset ?? start
          blocks.push({kind: 'paragraph', pieces: [{text: source.slice(start, end).replace(/\s+/g, ' '), start, end}]})
        }
        break
      }
      case 'list': {
        const first = node.start ?? 1
        for (let index = node.children.length - 1; index >= 0; index--) {
          stack.push({type: 'item', item: node.children[index]!, ordered: node.ordered === true, number: first + index})
        }
        break
      }
      case 'item': {
        const {item} = node
        const head = item.children[0]
        if (head && head.type === 'paragraph') {
          const pieces: Piece[] = []
          inline(head.children, false, pieces)
          const block: RawBlock = {kind: 'item', pieces}
          if (node.ordered) block.number = writtenNumber(source, item.position?.start.offset) ?? node.number
          blocks.push(block)
          pushAll(item.children.slice(1))
        } else {
          pushAll(item.children)
        }
        break
      }
      case 'blockquote':
      case 'listItem':
        pushAll(node.children)
        break
      case 'code': {
        const start = node.position?.start.offset ?? 0
        const end = node.position?.end.offset ?? start
        blocks.push({kind: 'paragraph', pieces: [{text: node.value.replace(/\s+/g, ' '), start, end}]})
        break
      }
      default:
        break
    }
  }
}

/**
 * The number written before a list item. CommonMark numbers items from the
 * list's first, so "1. 2. 4." would read 1, 2, 3: reso keeps what is written.
 */
function writtenNumber(source: string, offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined
  let index = offset
  while (index - offset < 4 && (source.charCodeAt(index) === 32 || source.charCodeAt(index) === 9)) index++
  const from = index
  while (index - from < 9 && source.charCodeAt(index) >= 48 && source.charCodeAt(index) <= 57) index++
  return index > from ? Number(source.slice(from, index)) : undefined
}

function footnoteBlock(source: string, start: number, end: number): RawBlock {
  const raw = source.slice(start, end)
  const lead = footnoteLead.exec(raw)
  const id = lead ? lead[1]! : ''
  const textStart = start + (lead ? lead[0].length : 0)
  const text = source.slice(textStart, end).replace(/\r\n?|\n/g, ' ')
  return {kind: 'footnote', footnote: id, pieces: [{text, start: textStart, end}]}
}

const processor = unified().use(remarkParse).freeze()

/** Chunks of about this many characters are parsed one at a time. */
const chunkSize = 64 * 1024

/**
 * Where a long text may be cut without changing how it parses: at a blank
 * line followed by a line that starts in column 1, outside fenced code.
 * remark-parse slows down more than linearly on very long documents, and a
 * resolution is a flat run of blocks, so reso parses long texts in chunks.
 */
export function chunkBoundaries(source: string, size = chunkSize): number[] {
  const cuts: number[] = []
  let last = 0
  let fence = false
  let previousBlank = false
  let lineStart = 0
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const first = source.charCodeAt(lineStart)
    const blank = isBlankLine(source, lineStart, lineEnd)
    if (!fence && previousBlank && !blank && first !== 32 && first !== 9 && lineStart - last >= size) {
      cuts.push(lineStart)
      last = lineStart
    }
    if (isFence(source, lineStart, lineEnd)) fence = !fence
    previousBlank = blank
    lineStart = lineEnd + 1
  }
  return cuts
}

function isBlankLine(source: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 13) return false
  }
  return true
}

function isFence(source: string, from: number, to: number): boolean {
  let index = from
  while (index < to && index - from < 3 && source.charCodeAt(index) === 32) index++
  return source.startsWith('```', index) || source.startsWith('~~~', index)
}

/** Shift every position in an mdast tree by `base` characters. */
function shift(node: {position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}, base: number): void {
  const stack = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      if (current.position.start.offset !== undefined) current.position.start.offset += base
      if (current.position.end.offset !== undefined) current.position.end.offset += base
    }
    if (current.children) for (const child of current.children) stack.push(child as typeof node)
  }
}

/** Read Markdown into blocks. Front matter must already be blanked out. */
export function readMarkdown(source: string, size = chunkSize): RawBlock[] {
  const blocks: RawBlock[] = []
  const cuts = [...chunkBoundaries(source, size), source.length]
  let from = 0
  for (const to of cuts) {
    const tree: Root = processor.parse(source.slice(from, to))
    if (from > 0) shift(tree, from)
    flow(tree.children, source, blocks)
    from = to
  }
  const ids = new Set<string>()
  for (const block of blocks) if (block.footnote) ids.add(block.footnote)
  for (const block of blocks) {
    if (block.kind !== 'footnote') block.pieces = splitFootnoteMarkers(block.pieces, ids)
  }
  // Conversions from PDF leave footnote markers as plain digits ("Development 1 and") and the
  // running title as a paragraph of its own: find the first, set the second aside.
  const formula = blocks.findIndex((block) => block.kind !== 'footnote' && matchFormula(blockText(block).slice(0, 100)) !== undefined)
  if (formula !== -1) {
    const body = blocks.slice(formula + 1).filter((block) => block.kind !== 'footnote')
    markFootnoteMarkers(body, blocks.filter((block) => block.kind === 'footnote'))
    const titled = blocks.slice(0, formula).map((block) => matchTitle(blockText(block))).find((title) => title !== undefined)
    if (titled?.title) {
      // The title of an annex ("Annex" then "Declaration on ...") may be the resolution's: it stays.
      body.forEach((block, index) => {
        const previous = index > 0 ? blockText(body[index - 1]!).trim() : ''
        if (!/^Annex\b/.test(previous) && isRunningTitle(blockText(block), titled.title)) block.kind = 'artefact'
      })
    }
  }
  return blocks
}

/** Letters and digits only, lower case. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** A paragraph that is the running title (or a line of it) leaked into the body: no end punctuation, all of it in the title. */
function isRunningTitle(text: string, title: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length > 160 || /[.,;:]$/.test(trimmed)) return false
  const squashed = squash(trimmed)
  return squashed.length >= 12 && squash(title.slice(0, 600)).includes(squashed)
}

/** Markdown marks in a text: front matter, links, footnote markers, headings, emphasis around a word. */
export function looksLikeMarkdown(source: string): boolean {
  const sample = source.slice(0, 200_000)
  if (/^---\r?\n/.test(sample)) return true
  if (/\]\(#?[^)\s]{0,200}\)|\[\^\d{1,4}\]|(?:^|\n)#{1,6} \S/.test(sample)) return true
  return /(?:^|[\s[])\*[A-Z][a-z]{1,30}(?: [a-z]{1,20}){0,3}\*/.test(sample)
}

/** The Markdown reader: a .md name or Markdown's marks in the text. */
export const markdownReader: Reader = {
  format: 'markdown',
  binary: false,
  detect(input, text) {
    if (/\.(?:md|markdown)$/i.test(input.name)) return 2
    return text !== undefined && looksLikeMarkdown(text) ? 1 : 0
  },
  read(input, text) {
    const stripped = stripFrontMatter(normalize(text))
    const hazard = markdownHazard(stripped.source)
    if (hazard) {
      // Read as plain text, as a PDF's text is: every word is kept, no Markdown is interpreted.
      const source = pdfTextReader.read(input, text) as Source
      source.diagnostics.unshift({
        reason: 'read as plain text, not Markdown: ' + hazard.reason + ', which no resolution has',
        place: {start: {line: hazard.line, column: 1}, end: {line: hazard.line, column: 1}},
        ruleId: 'markdown-refused',
        source: 'reso',
        severity: 'warning'
      })
      return source
    }
    const blocks = readMarkdown(stripped.source)
    dropInvisible(blocks)
    return {format: 'markdown', text, blocks, front: stripped.data, diagnostics: []}
  }
}
