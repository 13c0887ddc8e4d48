/**
 * What the diff compares: each paragraph of a tree as a passage with its label,
 * its part, and its own text as tokens. Normalisation happens here, so that
 * line breaks, re-wrapping, italics, footnote markers, typographic quotes
 * and the difference between Markdown and PDF text never count: tokens are
 * compared by a key that keeps only what a reader would call the text.
 *
 * The full stop, semicolon or comma that closes a paragraph is not compared:
 * it follows the paragraph's place. Citations and bracketed notes ("[agreed
 * ad referendum]", "[xx/xxx]") are single tokens. Bracketed negotiating text
 * ("[to ensure]") is opened into its brackets and words, so that resolving
 * it shows as the brackets going.
 */
import type {ActionPhrase, BracketedNote, Citation, Heading, Paragraph, PhrasingContent, Resolution, SubParagraph} from '../tree.js'
import {ownPhrasing, phraseOf} from '../grammar/paragraphs.js'

/** One token of a paragraph's text. */
export interface Token {
  /** What is compared: normalised (NFKC, straight quotes). */
  key: string
  /** As shown: the text as written, whitespace collapsed. */
  text: string
  /** Whether whitespace comes before it. */
  space: boolean
  kind: 'word' | 'punct' | 'citation' | 'note'
  /** The citation or note a single token stands for. */
  node?: Citation | BracketedNote
}

/** A bracketed negotiating text: the tokens from its "[" to its "]" inclusive. */
export interface Bracket {
  start: number
  end: number
  /** Inside the brackets, whitespace collapsed. */
  text: string
}

/** The text of one side of a pair: its tokens (several passages joined for splits and merges), brackets and opening phrase. */
export interface SideText {
  tokens: Token[]
  brackets: Bracket[]
  phrase?: ActionPhrase
}

/** A paragraph (or an annex block, or a part heading) as the diff sees it. */
export interface Passage {
  /** The label negotiators use: "PP3", "OP2(a)", "II.A.OP1", "Annex ¶4". */
  label: string
  /** What must stay equal for it not to count as renumbered: the label, or a sub-paragraph's marker. */
  marker: string
  /** Where it sits: "preamble", "operative", "II.A operative", "Annex". */
  part: string
  phrase?: ActionPhrase
  tokens: Token[]
  /** The tokens' keys joined: equal keys, equal text. */
  key: string
  brackets: Bracket[]
  subs: Passage[]
  /** Tokens here and in all sub-paragraphs: how much text it carries. */
  weight: number
}

/** The passages of a tree in document order: paragraphs and part headings (annexes are compared apart: annex.ts). */
export function passagesOf(tree: Resolution): Passage[] {
  const passages: Passage[] = []
  const visit = (node: Resolution['children'][number] | Heading, path: string): void => {
    switch (node.type) {
      case 'preamble':
      case 'operative':
        for (const paragraph of node.children) passages.push(paragraphPassage(paragraph, path ? path + ' ' + node.type : node.type))
        return
      case 'part':
        for (const child of node.children) visit(child, node.path)
        return
      case 'heading':
        if (node.role === 'part' && path) passages.push(makePassage(path + ' heading', path + ' heading', path, node.children, undefined, []))
        return
      // An annex is one unit of its own (annex.ts), not paragraphs of the resolution.
      default:
        return
    }
  }
  for (const child of tree.children) visit(child, '')
  return passages
}

function paragraphPassage(paragraph: Paragraph, part: string): Passage {
  const subs = paragraph.children.filter((child): child is SubParagraph => child.type === 'subParagraph').map((sub) => paragraphPassage(sub, part))
  const marker = paragraph.type === 'subParagraph' ? paragraph.marker : paragraph.label
  return makePassage(paragraph.label, marker, part, ownPhrasing(paragraph), phraseOf(paragraph), subs)
}

export function makePassage(label: string, marker: string, part: string, phrasing: PhrasingContent[], phrase: ActionPhrase | undefined, subs: Passage[]): Passage {
  const tokens: Token[] = []
  const brackets: Bracket[] = []
  const state = {space: false}
  for (const node of phrasing) tokenizeNode(node, tokens, brackets, state)
  if (tokens[0]) tokens[0].space = false
  markEnd(tokens)
  const passage: Passage = {label, marker, part, tokens, key: tokens.map((token) => token.key).join('\u0002'), brackets, subs, weight: tokens.length}
  if (phrase) passage.phrase = phrase
  for (const sub of subs) passage.weight += sub.weight
  return passage
}

/** The full stop, semicolon or comma that ends a paragraph follows its place, not its meaning. */
const endings = new Set([';', '.', ','])

/**
 * Give the paragraph's closing punctuation (before any trailing notes such
 * as "[agreed ad referendum]" and closing brackets) one key, so that a
 * paragraph that stops being the last one (its full stop becoming a
 * semicolon) is not changed.
 */
function markEnd(tokens: Token[]): void {
  let index = tokens.length - 1
  while (index >= 0 && (tokens[index]!.kind === 'note' || tokens[index]!.text === ']')) index--
  const last = tokens[index]
  if (last && last.kind === 'punct' && endings.has(last.text)) last.key = '\u0001end'
}

function tokenizeNode(node: PhrasingContent, tokens: Token[], brackets: Bracket[], state: {space: boolean}): void {
  switch (node.type) {
    case 'text':
    case 'actionPhrase':
      scan(node.value, tokens, state)
      return
    case 'emphasis':
      for (const child of node.children) tokenizeNode(child, tokens, brackets, state)
      return
    case 'citation': {
      const text = collapse(node.value)
      tokens.push({key: '\u0001c' + normalize(text), text, space: state.space, kind: 'citation', node})
      state.space = false
      return
    }
    case 'bracketedNote': {
      if (node.kind !== 'text') {
        const note = collapse(node.note)
        tokens.push({key: '\u0001n' + normalize(note), text: '[' + note + ']', space: state.space, kind: 'note', node})
        state.space = false
        return
      }
      const start = tokens.length
      for (const child of node.children) tokenizeNode(child, tokens, brackets, state)
      brackets.push({start, end: tokens.length, text: collapse(node.note)})
      return
    }
    case 'footnoteReference':
      return
  }
}

/** Whitespace runs to one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const quotes: Record<string, string> = {'\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2011': '-', '\u2010': '-'}

/** The comparison key of a text: compatibility-normalised, straight quotes. */
function normalize(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text
  return text.normalize('NFKC').replace(/[\u2018\u2019\u02bc\u201c\u201d\u2010\u2011]/g, (character) => quotes[character]!)
}

const wordCharacter = /^[\p{L}\p{N}\p{M}]/u
const spaceCharacter = /^\s/u

/** Whether the code point at `index` is a letter, digit or mark. */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return wordCharacter.test(text.slice(index, index + 2))
}

function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13)
  return spaceCharacter.test(text.slice(index, index + 1))
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 48 && code <= 57
}

/** Code passages taken by the code point at `index` (2 for a surrogate pair). */
function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1
}

/** Characters that join two word characters into one token: "money-laundering", "A/AC.291/25", "Children's". */
const joiners = new Set(['-', '/', '.', "'", '\u2019', '\u2011'])

/**
 * Split text into words and punctuation in one pass: a word is a run of
 * letters, digits and marks, joined by a hyphen, slash, full stop or
 * apostrophe between two of them ("10,000" keeps its comma).
 */
function scan(text: string, tokens: Token[], state: {space: boolean}): void {
  let index = 0
  while (index < text.length) {
    if (isSpaceAt(text, index)) {
      state.space = true
      index++
      continue
    }
    let end = index + widthAt(text, index)
    const word = isWordAt(text, index)
    if (word) {
      while (end < text.length) {
        if (isWordAt(text, end)) {
          end += widthAt(text, end)
          continue
        }
        const next = text[end]!
        const joins = joiners.has(next) || (next === ',' && isDigitAt(text, end - 1) && isDigitAt(text, end + 1))
        if (joins && end + 1 < text.length && isWordAt(text, end + 1)) {
          end += 1 + widthAt(text, end + 1)
          continue
        }
        break
      }
    }
    const value = text.slice(index, end)
    tokens.push({key: normalize(value), text: value, space: state.space, kind: word ? 'word' : 'punct'})
    state.space = false
    index = end
  }
}
