/**
 * Walking the tree: labelled paragraphs in document order, the phrase that
 * opens each, its own text (without its sub-paragraphs), its citations and
 * notes. Iterative, so a deep tree cannot overflow the stack.
 */
import {toString} from 'mdast-util-to-string'
import type {
  ActionPhrase,
  BracketedNote,
  Citation,
  Content,
  Paragraph,
  PhrasingContent,
  Resolution
} from '../tree.js'

/** Every node of the tree in document order (pre-order). */
export function* walk(root: Content): Generator<Content> {
  const stack: Content[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    yield node
    if ('children' in node && Array.isArray(node.children)) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Content)
    }
  }
}

/** The labelled paragraphs (preambular, operative, sub-paragraphs) in document order. */
export function paragraphs(tree: Resolution): Paragraph[] {
  const result: Paragraph[] = []
  for (const node of walk(tree)) {
    if (node.type === 'preambularParagraph' || node.type === 'operativeParagraph' || node.type === 'subParagraph') {
      result.push(node)
    }
  }
  return result
}

/** The paragraph's own phrasing: its children minus its sub-paragraphs. */
export function ownPhrasing(paragraph: Paragraph): PhrasingContent[] {
  return paragraph.children.filter((child): child is PhrasingContent => child.type !== 'subParagraph')
}

/** The paragraph's own text. */
export function ownText(paragraph: Paragraph): string {
  return ownPhrasing(paragraph).map((node) => toString(node)).join('')
}

/** The action phrase that opens a paragraph, if any (inside emphasis or brackets too). */
export function phraseOf(paragraph: Paragraph): ActionPhrase | undefined {
  for (const child of ownPhrasing(paragraph)) {
    if (child.type === 'actionPhrase') return child
    if (child.type === 'emphasis' || child.type === 'bracketedNote') {
      const inner = descendants(child, 'actionPhrase')[0]
      if (inner) return inner
    }
  }
  return undefined
}

/** Nodes of one type under a node, excluding those inside sub-paragraphs when `own` is set. */
export function descendants<T extends Content['type']>(
  node: Content,
  type: T,
  own = false
): Array<Extract<Content, {type: T}>> {
  const result: Array<Extract<Content, {type: T}>> = []
  const stack: Content[] = []
  if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Content)
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === type) result.push(current as Extract<Content, {type: T}>)
    if (own && current.type === 'subParagraph') continue
    if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Content)
  }
  return result
}

/** Citations in a paragraph's own text. */
export function citationsOf(paragraph: Paragraph): Citation[] {
  return descendants(paragraph, 'citation', true)
}

/** Bracketed notes in a paragraph's own text (outermost and nested). */
export function notesOf(paragraph: Paragraph): BracketedNote[] {
  return descendants(paragraph, 'bracketedNote', true)
}

/** The text after the phrase, for a short preview. */
export function objectText(paragraph: Paragraph): string {
  const phrase = phraseOf(paragraph)
  const text = ownText(paragraph)
  if (!phrase) return text.trim()
  const index = text.indexOf(phrase.value)
  return (index === -1 ? text : text.slice(index + phrase.value.length)).trim()
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count: number): string {
  // Read only as far as the words taken: paragraphs can be long.
  const words: string[] = []
  let index = 0
  while (words.length < count) {
    while (index < text.length && isSpace(text.charCodeAt(index))) index++
    if (index >= text.length) return words.join(' ')
    const start = index
    while (index < text.length && !isSpace(text.charCodeAt(index))) index++
    words.push(text.slice(start, index))
  }
  while (index < text.length && isSpace(text.charCodeAt(index))) index++
  return words.join(' ') + (index < text.length ? '\u2026' : '')
}

/** The characters `\s` matches. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return /\s/.test(String.fromCharCode(code))
}
