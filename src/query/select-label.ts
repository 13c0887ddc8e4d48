/**
 * Selecting by the labels negotiators use: "PP2", "OP6", "OP2(a)",
 * "II.A.OP3", "OP3 alt", ranges "OP3-OP5" (or "OP3-5", "OP2(a)-(c)"), and
 * the places "title", "subtitle", "header", "formula", "closing". Labels
 * are matched without regard to case or spaces ("op 2 (a)" is "OP2(a)").
 */
import {toString} from 'mdast-util-to-string'
import type {Closing, Content, EnactingFormula, Header, Heading, Paragraph, Resolution} from '../tree.js'
import {labelRuns, normalizeLabel, ownPlace, rangeEnds} from '../grammar/index.js'
import {ownText, walk} from '../grammar/paragraphs.js'
import {append} from '../array.js'

/** What can be selected. */
export type Selectable = Paragraph | Heading | Header | EnactingFormula | Closing

/** A selected part of the text. */
export interface Selection {
  /** Its label: "OP6", "title". */
  label: string
  /** Its plain text; sub-paragraphs (indented by depth) and header lines each on their own line. */
  text: string
  /** The node itself, with its phrasing. */
  node: Selectable
}

/** What `selectLabels` found. */
export interface LabelResult {
  /** The selections, in the order asked (a range in document order). */
  selections: Selection[]
  /** Labels asked for that the text does not have, as written. */
  unknown: string[]
}

/** Every selectable part of a text with its label, in document order. */
export function labelled(tree: Resolution): Selection[] {
  const result: Selection[] = []
  for (const node of walk(tree)) {
    const label = labelOf(node)
    if (label !== undefined) result.push({label, text: indentedText(node as Selectable), node: node as Selectable})
  }
  return result
}

/** The label of what `show` can select: paragraphs, and the places title, subtitle, header, formula, closing. */
function labelOf(node: Content): string | undefined {
  switch (node.type) {
    case 'preambularParagraph':
    case 'operativeParagraph':
    case 'subParagraph':
    case 'header':
    case 'enactingFormula':
    case 'closing':
      return ownPlace(node)
    case 'heading':
      return node.role === 'part' ? undefined : ownPlace(node)
    default:
      return undefined
  }
}

/** Plain text: a paragraph's own text, then each sub-paragraph on a line with its marker, indented by depth. */
function indentedText(node: Selectable): string {
  if (node.type === 'header' || node.type === 'closing') return node.children.map((child) => child.value).join('\n')
  if (node.type === 'heading' || node.type === 'enactingFormula') return toString(node).trim()
  const lines = [ownText(node).trim()]
  for (const child of node.children) {
    if (child.type !== 'subParagraph') continue
    const [head = '', ...rest] = indentedText(child).split('\n')
    lines.push(child.marker + ' ' + head, ...rest.map((line) => '  ' + line))
  }
  return lines.filter((line) => line !== '').join('\n')
}

function contains(outer: Selectable, inner: Selectable): boolean {
  const a = outer.position
  const b = inner.position
  return a !== undefined && b !== undefined && a.start.offset! <= b.start.offset! && b.end.offset! <= a.end.offset!
}

/**
 * Select by labels. A label selects every part with that label (a repeated
 * number selects both); a range selects from its first label to its last in
 * document order (a range written backwards is read forwards), leaving out
 * what the parts already selected contain.
 */
export function selectLabels(tree: Resolution, wanted: readonly string[]): LabelResult {
  const all = labelled(tree)
  const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase()
  const at = (label: string, after = 0): number => all.findIndex((item, index) => index >= after && same(item.label, label))
  const selections: Selection[] = []
  const unknown: string[] = []
  for (const typed of wanted) {
    const label = normalizeLabel(typed)
    const found = label === undefined ? [] : all.filter((item) => same(item.label, label))
    if (found.length > 0) {
      append(selections, found)
      continue
    }
    const ends = rangeEnds(typed)
    const from = ends ? at(ends[0]) : -1
    if (!ends || from === -1) {
      unknown.push(typed)
      continue
    }
    const to = at(ends[1], from)
    // A range written backwards ("OP5-OP3") is read forwards.
    const back = to === -1 ? at(ends[1]) : -1
    if (to === -1 && back === -1) unknown.push(typed)
    else append(selections, to !== -1 ? span(all, from, to) : span(all, back, from))
  }
  return {selections, unknown}
}

/** The selections from index `first` to `last`, leaving out what those before contain. */
function span(all: readonly Selection[], first: number, last: number): Selection[] {
  const result: Selection[] = []
  let kept: Selectable | undefined
  for (const item of all.slice(first, last + 1)) {
    if (kept && contains(kept, item.node)) continue
    result.push(item)
    kept = item.node
  }
  return result
}

export {labelRuns, normalizeLabel}
