/**
 * Turn a block's text into phrasing nodes: action phrase, citations,
 * bracketed notes, emphasis, footnote markers and text, each with its
 * position in the source. Ranges are made to nest (emphasis is cut where it
 * crosses a note or a citation), then built into a tree with one stack.
 */
import type {
  ActionPhrase,
  BracketedNote,
  Citation,
  Diagnostic,
  Emphasis,
  FootnoteReference,
  PhrasingContent,
  Text
} from '../tree.js'
import {firstAfter} from '../array.js'
import type {LineIndex, TextMap} from '../read/blocks.js'
import {citationFields, type CitationMatch, type InternalRef} from '../recognize/citations/index.js'
import {bracketKind} from '../recognize/notes.js'
import type {PhraseMatch} from '../recognize/phrase.js'

/** Brackets nest at most this deep in the tree; deeper ones stay text. */
const maxBracketDepth = 32

type Range =
  | {kind: 'note'; from: number; to: number}
  | {kind: 'emphasis'; from: number; to: number}
  | {kind: 'phrase'; from: number; to: number; match: PhraseMatch}
  | {kind: 'citation'; from: number; to: number; match: CitationMatch}
  | {kind: 'footnote'; from: number; to: number; identifier: string; start: number; end: number}

const priority = {note: 0, emphasis: 1, phrase: 2, citation: 2, footnote: 2}

/** Pairs of brackets in text[from, to), and diagnostics for the unbalanced. */
function brackets(
  text: string,
  from: number,
  to: number,
  map: TextMap,
  lines: LineIndex,
  diagnostics: Diagnostic[]
): Range[] {
  const ranges: Range[] = []
  const open: number[] = []
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 91 /* [ */) open.push(index)
    else if (code === 93 /* ] */) {
      const start = open.pop()
      if (start === undefined) {
        diagnostics.push(bracketMessage("Unopened bracket ']': remove it or add the '[' that opens it", map.source(index), lines))
      } else if (open.length < maxBracketDepth) {
        ranges.push({kind: 'note', from: start, to: index + 1})
      }
    }
  }
  for (const start of open) {
    diagnostics.push(bracketMessage("Unclosed bracket '[': close it with ']' or remove it", map.source(start), lines))
  }
  return ranges
}

function bracketMessage(reason: string, offset: number, lines: LineIndex): Diagnostic {
  return {reason, place: lines.position(offset, offset + 1), ruleId: 'unbalanced-bracket', source: 'reso', severity: 'warning'}
}

/** Sorted, non-overlapping emphasis ranges from the pieces. */
function emphasisRanges(map: TextMap, from: number, to: number): Range[] {
  const ranges: Range[] = []
  let offset = 0
  for (const piece of map.pieces) {
    const end = offset + piece.text.length
    if (piece.emphasis && end > from && offset < to) {
      const start = Math.max(offset, from)
      const stop = Math.min(end, to)
      const last = ranges[ranges.length - 1]
      if (last && last.to === start) last.to = stop
      else ranges.push({kind: 'emphasis', from: start, to: stop})
    }
    offset = end
  }
  return ranges
}

function footnoteRanges(map: TextMap, from: number, to: number): Range[] {
  const ranges: Range[] = []
  let offset = 0
  for (const piece of map.pieces) {
    if (piece.footnote !== undefined && offset >= from && offset <= to) {
      ranges.push({kind: 'footnote', from: offset, to: offset, identifier: piece.footnote, start: piece.start, end: piece.end})
    }
    offset += piece.text.length
  }
  return ranges
}

/** Cut emphasis where it crosses a note or leaf boundary; drop what lies inside a leaf. */
function nestEmphasis(emphasis: Range[], notes: Range[], leaves: Range[]): Range[] {
  const cuts: number[] = []
  for (const range of notes) cuts.push(range.from, range.to)
  for (const range of leaves) if (range.to > range.from) cuts.push(range.from, range.to)
  cuts.sort((a, b) => a - b)
  const insideLeaf = (from: number, to: number): boolean => {
    // Leaves are sorted and do not overlap: binary search the one starting at or before `from`.
    let low = 0
    let high = leaves.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (leaves[middle]!.from <= from) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    if (found === -1) return false
    const leaf = leaves[found]!
    return leaf.to > leaf.from && from >= leaf.from && to <= leaf.to && !(from === leaf.from && to === leaf.to)
  }
  const result: Range[] = []
  for (const range of emphasis) {
    // First cut strictly inside this range.
    let start = range.from
    for (let index = firstAfter(cuts, range.from); index < cuts.length && cuts[index]! < range.to; index++) {
      const cut = cuts[index]!
      if (cut > start) {
        if (!insideLeaf(start, cut)) result.push({kind: 'emphasis', from: start, to: cut})
        start = cut
      }
    }
    if (range.to > start && !insideLeaf(start, range.to)) result.push({kind: 'emphasis', from: start, to: range.to})
  }
  return result
}

/** Everything the builder needs for one stretch of text. */
export interface PhrasingInput {
  map: TextMap
  lines: LineIndex
  from: number
  to: number
  phrase?: PhraseMatch | undefined
  citations: CitationMatch[]
  diagnostics: Diagnostic[]
  /** Internal references found, to resolve once all labels are known. */
  internals?: Array<{node: Citation; ref: InternalRef}>
}

interface OpenContainer {
  range: Range
  node: BracketedNote | Emphasis | undefined
  children: PhrasingContent[]
}

/** Build the phrasing nodes of text[from, to). */
export function buildPhrasing(input: PhrasingInput): PhrasingContent[] {
  const {map, lines, from, to, diagnostics} = input
  const text = map.text
  const notes = brackets(text, from, to, map, lines, diagnostics)
  const leaves: Range[] = []
  if (input.phrase) leaves.push({kind: 'phrase', from: input.phrase.from, to: input.phrase.to, match: input.phrase})
  const phraseEnd = input.phrase ? input.phrase.to : from
  for (const match of input.citations) {
    if (match.from >= phraseEnd && match.to <= to) leaves.push({kind: 'citation', from: match.from, to: match.to, match})
  }
  leaves.sort((a, b) => a.from - b.from)
  const emphasis = nestEmphasis(emphasisRanges(map, from, to), notes, leaves)
  const ranges = [...notes, ...emphasis, ...leaves, ...footnoteRanges(map, from, to)]
  ranges.sort((a, b) => a.from - b.from || b.to - a.to || priority[a.kind] - priority[b.kind])

  const position = (start: number, end: number) => lines.position(map.source(start), map.sourceEnd(end))
  const root: OpenContainer = {range: {kind: 'note', from, to}, node: undefined, children: []}
  const stack: OpenContainer[] = [root]
  let cursor = from

  const emitText = (end: number): void => {
    if (end <= cursor) return
    const node: Text = {type: 'text', value: text.slice(cursor, end), position: position(cursor, end)}
    stack[stack.length - 1]!.children.push(node)
    cursor = end
  }

  const closeTop = (): void => {
    emitText(stack[stack.length - 1]!.range.to)
    const top = stack.pop()!
    const node = top.node!
    node.children = top.children
    stack[stack.length - 1]!.children.push(node)
  }

  for (const range of ranges) {
    while (stack.length > 1 && stack[stack.length - 1]!.range.to <= range.from) closeTop()
    // A range that crosses its container (should not happen after nesting) is skipped.
    // A footnote marker inside a citation ("2625 (XXV)1 of 24 October 1970") follows it.
    if (range.kind === 'footnote' && range.from < cursor) {
      stack[stack.length - 1]!.children.push({type: 'footnoteReference', identifier: range.identifier, position: lines.position(range.start, range.end)})
      continue
    }
    if (range.to > stack[stack.length - 1]!.range.to || range.from < cursor) continue
    emitText(range.from)
    const parent = stack[stack.length - 1]!
    switch (range.kind) {
      case 'note': {
        const inner = text.slice(range.from + 1, range.to - 1).replace(/\s+/g, ' ').trim()
        const node: BracketedNote = {type: 'bracketedNote', kind: bracketKind(inner), note: inner, children: [], position: position(range.from, range.to)}
        stack.push({range, node, children: []})
        break
      }
      case 'emphasis': {
        const node: Emphasis = {type: 'emphasis', children: [], position: position(range.from, range.to)}
        stack.push({range, node, children: []})
        break
      }
      case 'phrase': {
        const {match} = range
        const node: ActionPhrase = {
          type: 'actionPhrase',
          value: text.slice(range.from, range.to),
          head: match.head,
          modifiers: match.modifiers,
          form: match.form,
          known: match.known,
          position: position(range.from, range.to)
        }
        parent.children.push(node)
        cursor = range.to
        break
      }
      case 'citation': {
        const node = citationNode(range.match, text.slice(range.from, range.to), position(range.from, range.to))
        if (range.match.internal && !range.match.internal.self) input.internals?.push({node, ref: range.match.internal})
        if (range.match.problem) {
          diagnostics.push({
            reason: '"' + node.value.replace(/\s+/g, ' ') + '" is given no symbol: ' + range.match.problem + '; name the organ that adopted it',
            place: node.position!,
            ruleId: 'ambiguous-citation',
            source: 'reso',
            severity: 'warning'
          })
        }
        parent.children.push(node)
        cursor = range.to
        break
      }
      case 'footnote': {
        const node: FootnoteReference = {type: 'footnoteReference', identifier: range.identifier, position: lines.position(range.start, range.end)}
        parent.children.push(node)
        break
      }
    }
  }
  while (stack.length > 1) closeTop()
  emitText(to)
  return root.children
}

function citationNode(match: CitationMatch, value: string, position: Citation['position']): Citation {
  const node: Citation = {type: 'citation', kind: match.kind, value}
  for (const field of citationFields) {
    const found = match[field]
    if (found !== undefined) (node as unknown as Record<string, unknown>)[field] = found
  }
  if (match.internal) {
    node.targets = []
    node.refersTo = match.internal.self ? 'document' : 'paragraph'
  }
  node.position = position
  return node
}
