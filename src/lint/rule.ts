/**
 * What a lint rule is, and the small views of the tree that several rules
 * share: operative paragraphs grouped by the part that numbers them, the
 * character a paragraph ends with, alternatives, and parser diagnostics.
 */
import type {Block, Content, Diagnostic, Paragraph, ParseResult, Position} from '../tree.js'
import type {Point} from 'unist'

/** What a rule found: the runner adds the rule's id, severity and source. */
export interface Finding {
  /** What is wrong, and what to do. */
  reason: string
  /** Where. */
  place: Position
}

/** One convention of the UN Editorial Manual, as data. */
export interface Rule {
  /** A stable id: "preambular-comma". */
  id: string
  /** How serious a finding is; `reso lint` exits 1 when an error is found. */
  severity: Diagnostic['severity']
  /** One line: what the rule checks. */
  description: string
  /** Check a parsed text. */
  check(input: ParseResult): Finding[]
}

export {isAlternative, operativeGroups, strayParagraphs} from '../grammar/index.js'

/** The character a paragraph ends with, and where. */
export interface Ending {
  /** The last character that counts: "," ";" "." ":" or a letter. */
  character: string
  /** Where it is. */
  place: Position
}

/** Bracketed notes that stand beside a paragraph's text rather than in it. */
const asideKinds = new Set(['status', 'alternative'])

/** What can end: a paragraph, or a block the parser could not classify. */
export type Ended = Paragraph | Block

/** Characters passed over when looking for the end: spaces and closing brackets. */
const passed = /[\s\]]/

/** A character of a leaf, read from the end. */
interface Back {
  character: string
  value: string
  position: Position | undefined
  index: number
}

/** The characters of a paragraph from its end, skipping notes set beside the text. */
function* backwards(paragraph: Ended): Generator<Back> {
  const stack: Content[] = [paragraph]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'bracketedNote' && asideKinds.has(node.kind)) continue
    if (node.type === 'text' || node.type === 'citation' || node.type === 'actionPhrase') {
      for (let index = node.value.length - 1; index >= 0; index--) yield {character: node.value[index]!, value: node.value, position: node.position, index}
      continue
    }
    // Children pushed in order pop last first: the walk runs from the end.
    if ('children' in node) for (const child of node.children) stack.push(child as Content)
  }
}

/**
 * The character that ends a paragraph (with its sub-paragraphs: the last
 * one's end is the paragraph's), passing over trailing status notes
 * ("[agreed ad referendum]"), alternative markers, spaces, the "]" that
 * closes bracketed text (so "[... child,]" ends with ","), and a footnote
 * number left loose after the punctuation by PDF extraction ("Japan, 17",
 * "Conference, 2/").
 */
export function paragraphEnd(paragraph: Ended): Ending | undefined {
  let end: Back | undefined
  let digits = 0
  let spaced = false
  for (const back of backwards(paragraph)) {
    if (end === undefined) {
      if (passed.test(back.character)) continue
      end = back
      if (back.character === '/') continue
      if (/\d/.test(back.character)) digits = 1
      else break
      continue
    }
    // A final "17" or "2/": more digits, then spaces, then punctuation make it a footnote marker.
    if (/\d/.test(back.character) && !spaced) {
      if (++digits > 3) break
    } else if (passed.test(back.character) && digits > 0) {
      spaced = spaced || /\s/.test(back.character)
    } else {
      if (spaced && /[,;.:]/.test(back.character)) end = back
      break
    }
  }
  if (!end?.position) return undefined
  const point = pointIn(end.value, end.position, end.index)
  return {character: end.character, place: {start: point, end: point}}
}

/**
 * The point of the character at `index` of a leaf's value. Exact on a leaf
 * of one line; on a leaf across lines (line breaks read as spaces), counted
 * back from the leaf's end, which holds on its last line.
 */
function pointIn(value: string, position: Position, index: number): Point {
  const {start, end} = position
  if (start.offset === undefined || end.offset === undefined) return end
  if (start.line === end.line && end.offset - start.offset === value.length) {
    return {line: start.line, column: start.column + index, offset: start.offset + index}
  }
  const back = value.length - index
  return end.column - back >= 1 ? {line: end.line, column: end.column - back, offset: end.offset - back} : end
}

/** Parser diagnostics with one rule id, as findings. */
export function fromParser(input: ParseResult, ruleId: string): Finding[] {
  return input.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === ruleId)
    .map((diagnostic) => ({reason: diagnostic.reason, place: diagnostic.place}))
}
