/**
 * Selecting nodes of the resolution tree with CSS-like selectors, through
 * unist-util-select (kept in ./unist-select/ with its walk made linear): node types (`operativeParagraph`),
 * attributes on node fields (`actionPhrase[head=request]`), combinators,
 * `:has()`, `:not()`, `:is()`, `:first-child` and the other structural
 * pseudo-classes.
 *
 * The tree's fields are selectable as they are; a few need care:
 *
 * - values that are not plain identifiers go in quotes: a head with a space
 *   (`actionPhrase[head="call upon"]`), a label with brackets or a dot
 *   (`subParagraph[label="OP2(a)"]`, `[label="II.A.OP3"]`), a symbol
 *   (`citation[symbol="A/RES/75/282"]`) and any number
 *   (`operativeParagraph[number="5"]`, `subParagraph[depth="2"]`);
 * - arrays (`modifiers`, `targets`, `sponsors`) match one item with `~=`
 *   (`actionPhrase[modifiers~=also]`); an empty array equals `""`
 *   (`citation[refersTo=paragraph][targets=""]`: a reference to nothing);
 * - booleans are the words `true` and `false` (`actionPhrase[known=false]`);
 * - `i` before `]` ignores case (`text[value*=migrant i]`).
 *
 * Before selecting, the selector is checked: a syntax error, a node type or
 * a field the tree does not have, or CSS the tree cannot mean (an id, a
 * class, a pseudo-element, a namespace) is a `SelectorError` that says where
 * it went wrong and what to write instead.
 */
import {toString} from 'mdast-util-to-string'
import {selectAll} from './unist-select/index.js'
import type {Content, Resolution} from '../tree.js'
import {placed} from '../grammar/index.js'

/** A node the selector matched. */
export interface Match {
  /**
   * Where the node is: the label of the paragraph that holds it (or that it
   * is), "OP5", "OP2(a)", "I.PP3"; outside paragraphs the path of its part
   * ("II.A"), the label of its annex ("Annex I") or "footnote 1"; null in
   * the header, the title and the closing lines.
   */
  label: string | null
  /** The node's text as read: its words, with sub-paragraph markers, on one line. */
  text: string
  /** The node itself, with its position and children. */
  node: Content
}

/** A selector that cannot be used, with the place (0-based) where it went wrong. */
export class SelectorError extends Error {
  override name = 'SelectorError'
  /** The selector as given. */
  readonly selector: string
  /** Offset of the offending character in `selector`; `selector.length` for its end, -1 when unknown. */
  readonly offset: number

  constructor(reason: string, selector: string, offset: number) {
    super(reason)
    this.selector = selector
    this.offset = offset
  }
}

type FieldsOf<T> = Exclude<keyof T, 'type' | 'children' | 'position' | 'data'>

/**
 * Every node type of the dialect with its own fields. The type makes this
 * table complete: a type or field added to `src/tree.ts` and missing here,
 * or listed here and absent there, fails the type check.
 */
const vocabulary: {[Type in Content['type']]: Record<FieldsOf<Extract<Content, {type: Type}>>, true>} = {
  resolution: {
    kind: true, format: true, organ: true, symbol: true, distribution: true, date: true, language: true, session: true,
    agendaItem: true, sponsors: true, adoptedFrom: true, number: true, title: true, subtitle: true, enactingFormula: true, decision: true, chapterVII: true
  },
  header: {},
  heading: {role: true, label: true},
  enactingFormula: {organ: true},
  preamble: {},
  operative: {},
  part: {label: true, path: true},
  preambularParagraph: {label: true, index: true, alternative: true},
  operativeParagraph: {label: true, number: true, alternative: true},
  subParagraph: {label: true, marker: true, depth: true},
  block: {},
  closing: {meeting: true, date: true},
  annex: {label: true},
  footnoteDefinition: {identifier: true},
  text: {value: true},
  emphasis: {},
  actionPhrase: {value: true, head: true, modifiers: true, form: true, known: true},
  citation: {
    kind: true, value: true, symbol: true, organ: true, date: true, pinpoint: true, article: true, instrument: true,
    targets: true, missing: true, refersTo: true
  },
  bracketedNote: {kind: true, note: true},
  footnoteReference: {identifier: true}
}

/** The node types a selector may name. */
export const nodeTypes: readonly string[] = Object.keys(vocabulary)

/** The fields a selector may test, on one node type or another. */
export const fieldNames: readonly string[] = [
  ...new Set(['type', 'position', 'children', ...Object.values(vocabulary).flatMap((fields) => Object.keys(fields))])
]

const parserPrefix = 'css-selector-parser parse error: '

/**
 * Check a selector without running it; throws a `SelectorError` saying what
 * is wrong and where.
 */
export function checkSelector(selector: string): void {
  if (selector.trim() === '') throw new SelectorError('it is empty; give a node type such as operativeParagraph', selector, -1)
  const {bare, unclosed} = blankQuoted(selector)
  if (unclosed !== -1) throw new SelectorError('this quote is never closed', selector, unclosed)
  try {
    selectAll(selector, {type: 'resolution', children: []})
  } catch (error) {
    throw syntaxError(error, selector)
  }
  checkVocabulary(selector, bare)
}

/**
 * Select the nodes of `tree` that match `selector`, in document order, each
 * with the label of where it is and its text. Throws a `SelectorError` for a
 * selector that cannot be used.
 */
export function select(selector: string, tree: Resolution): Match[] {
  checkSelector(selector)
  let nodes: Content[]
  try {
    nodes = selectAll(selector, tree) as Content[]
  } catch (error) {
    throw new SelectorError(error instanceof Error ? error.message : String(error), selector, -1)
  }
  if (nodes.length === 0) return []
  const labels = labelsOf(tree, new Set(nodes))
  return nodes.map((node) => ({label: labels.get(node) ?? null, text: textOf(node), node}))
}

/** The place of each wanted node (src/grammar/place.ts), in one walk down the tree. */
function labelsOf(tree: Resolution, wanted: Set<Content>): Map<Content, string | null> {
  const labels = new Map<Content, string | null>()
  for (const {node, place} of placed(tree)) if (wanted.has(node)) labels.set(node, place ?? null)
  return labels
}

const phrasing = new Set<string>(['text', 'emphasis', 'actionPhrase', 'citation', 'bracketedNote', 'footnoteReference'])

/**
 * A node's text on one line: phrasing joined as written; blocks, paragraphs
 * and the lines of the header and closing separated by a space;
 * sub-paragraphs led by their marker.
 */
export function textOf(node: Content): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if (node.type === 'footnoteReference') return node.identifier
  if (!('children' in node)) return ''
  const lines = node.type === 'header' || node.type === 'closing'
  let text = ''
  let afterBlock = false
  for (const child of node.children as Content[]) {
    const inline = !lines && phrasing.has(child.type)
    let part = inline ? toString(child) : textOf(child)
    if (child.type === 'subParagraph') part = child.marker + ' ' + part
    if (part === '') continue
    if (text !== '' && (!inline || afterBlock)) text += ' '
    text += part
    afterBlock = !inline
  }
  return text
}

/** A `SelectorError` from what unist-util-select (css-selector-parser) threw. */
function syntaxError(error: unknown, selector: string): SelectorError {
  const message = error instanceof Error ? error.message : String(error)
  let offset = reportedOffset(error)
  let reason = message.startsWith(parserPrefix) ? message.slice(parserPrefix.length) : message
  reason = reason.replace(/ Pos: -?\d+\.$/, '').replace(/\.$/, '')
  reason = (reason.charAt(0).toLowerCase() + reason.slice(1)).replace('expected rule', 'expected a selector')
  if (reason.startsWith('unknown attribute case sensitivity modifier') && offset > 0) {
    // An unquoted value with a space: `[head=call upon]` fails at "upon".
    let start = offset
    while (start > 0 && !/\s/.test(selector.charAt(start - 1))) start--
    return new SelectorError('a value with a space must be quoted, as in [head="call upon"]', selector, start)
  }
  if (reason.startsWith('expected attribute value') && /\d/.test(selector.charAt(offset))) {
    return new SelectorError('a number must be quoted, as in [number="5"]', selector, offset)
  }
  if (reason.startsWith('unknown pseudo-class') && offset > 0) {
    offset = Math.max(0, selector.lastIndexOf(':', offset))
    reason += '; use :has(), :not(), :is(), :first-child, :last-child, :nth-child(), :only-child, :empty and the like'
    return new SelectorError(reason, selector, offset)
  }
  // The parser reports the end of input as the last character: one more
  // character, which nothing accepts, tells the two apart.
  if (reason.includes('end of input') || (offset === selector.length - 1 && probe(selector + '\u0001') === selector.length)) {
    offset = selector.length
  }
  return new SelectorError(reason, selector, offset)
}

/** The offset css-selector-parser gives in its error, or -1. */
function reportedOffset(error: unknown): number {
  const reported = (error as {position?: unknown} | null)?.position
  return typeof reported === 'number' ? Math.max(0, reported) : -1
}

/** Where parsing `selector` fails, or -1 when it does not. */
function probe(selector: string): number {
  try {
    selectAll(selector, {type: 'resolution', children: []})
    return -1
  } catch (error) {
    return reportedOffset(error)
  }
}

/**
 * The selector with what is quoted ("call upon") blanked, offsets kept, so
 * the checks below see only its own syntax; and where a quote is left open
 * (-1 when none is).
 */
function blankQuoted(selector: string): {bare: string; unclosed: number} {
  let bare = ''
  let quote = ''
  let start = -1
  for (let index = 0; index < selector.length; index++) {
    const character = selector.charAt(index)
    if (quote && character === '\\' && index + 1 < selector.length) {
      bare += '  '
      index++
    } else if (quote) {
      if (character === quote) quote = ''
      bare += ' '
    } else {
      if (character === '"' || character === "'") {
        quote = character
        start = index
      }
      bare += quote ? ' ' : character
    }
  }
  return {bare, unclosed: quote ? start : -1}
}

/** Reject CSS that means nothing on this tree, and names the tree does not have. */
function checkVocabulary(selector: string, bare: string): void {
  const fail = (reason: string, offset: number): never => {
    throw new SelectorError(reason, selector, offset)
  }
  for (const [pattern, reason] of [
    [/#/, 'ids (#) mean nothing in the tree; select a paragraph by label, as in operativeParagraph[label=OP5]'],
    [/::/, 'pseudo-elements (::) mean nothing in the tree'],
    [/\./, 'classes (.) mean nothing in the tree; test a field, as in citation[kind=resolution]'],
    [/\|=/, 'the |= operator is not supported; use ^= (begins with), as in [symbol^="S/RES/"]'],
    [/\|/, 'namespaces (|) mean nothing in the tree']
  ] as const) {
    const found = pattern.exec(bare)
    if (found) fail(reason, found.index)
  }
  // Blank the formulas of :nth-child() and the like ("2n+1", "odd").
  const formulas = bare.replace(/(:nth-[\w-]+\()([^)]*)/g, (_, pseudo: string, formula: string, offset: number) => {
    const of = /\bof\b/.exec(formula)
    if (of) fail(':nth-child(… of …) is not supported; use :nth-of-type()', offset + pseudo.length + of.index)
    return pseudo + ' '.repeat(formula.length)
  })
  for (const found of formulas.matchAll(/\[\s*(-?[A-Za-z_][\w-]*)/g)) {
    const name = found[1]!
    if (!fieldNames.includes(name)) {
      fail('no node has a field "' + name + '"' + suggest(name, fieldNames, 'fields'), found.index + found[0].length - name.length)
    }
  }
  // A field tested on a type that does not have it: operativeParagraph[head=request].
  for (const found of formulas.matchAll(/(?<![\w-])([A-Za-z_][\w-]*)((?:\[[^\]]*\])+)/g)) {
    const type = found[1]!
    const own = (vocabulary as Record<string, Record<string, true>>)[type]
    if (!own) continue
    for (const attribute of found[2]!.matchAll(/\[\s*(-?[A-Za-z_][\w-]*)/g)) {
      const name = attribute[1]!
      if (name in own || ['type', 'position', 'children'].includes(name)) continue
      const holders = nodeTypes.filter((other) => name in (vocabulary as Record<string, Record<string, true>>)[other]!)
      const offset = found.index! + type.length + attribute.index! + attribute[0].length - name.length
      fail(fieldHint(type, name, holders), offset)
    }
  }
  // What is left outside brackets and pseudo-class names are node types.
  const outside = formulas.replace(/\[[^\]]*\]|:[\w-]+/g, (text) => ' '.repeat(text.length))
  for (const found of outside.matchAll(/-?[A-Za-z_][\w-]*/g)) {
    const name = found[0]
    if (!nodeTypes.includes(name)) fail('no node type "' + name + '" in the tree' + suggest(name, nodeTypes, 'types'), found.index)
  }
}

const paragraphTypes = ['preambularParagraph', 'operativeParagraph', 'subParagraph']

/** What to say of a field tested on a type that lacks it, and what to write instead. */
function fieldHint(type: string, name: string, holders: string[]): string {
  const an = (word: string): string => (/^[aeiou]/i.test(word) ? 'an ' : 'a ') + word
  let reason = an(type) + ' has no field "' + name + '"; ' + holders.join(', ') + (holders.length > 1 ? ' have' : ' has') + ' it'
  const phrase = holders.find((holder) => phrasing.has(holder))
  if (paragraphTypes.includes(type) && phrase) reason += ': test what the paragraph holds, as in ' + type + ':has(' + phrase + '[' + name + '=…])'
  else if (phrasing.has(type) && name === 'label') reason += ': select it inside its paragraph, as in operativeParagraph[label=OP5] ' + type
  return reason
}

/** ": did you mean X?" for the closest known name, else where to find the names. */
function suggest(name: string, known: readonly string[], what: string): string {
  let best = ''
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= Math.floor(name.length / 4) ? ': did you mean ' + best + '?' : '; docs/tree.md lists the ' + what
}

/** Edit distance between two short names, a swap of neighbours counting one (optimal string alignment). */
function editDistance(a: string, b: string): number {
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1)
      current[j] = distance
    }
    before = previous
    previous = current
  }
  return previous[b.length]!
}
