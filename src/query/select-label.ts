/**
 * Selecting by the labels negotiators use: "PP2", "OP6", "OP2(a)",
 * "II.A.OP3", "OP3 alt", ranges "OP3-OP5" (or "OP3-5", "OP2(a)-(c)"), and
 * the places "title", "subtitle", "header", "formula", "closing". Labels
 * are matched without regard to case or spaces ("op 2 (a)" is "OP2(a)").
 */
import {toString} from 'mdast-util-to-string'
import type {Closing, Content, EnactingFormula, Header, Heading, Paragraph, Resolution} from '../tree.js'
import {letterIndex, numeralIndex} from '../lint/markers.js'
import {ownText, walk} from './paragraphs.js'
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

const places = new Set(['title', 'subtitle', 'header', 'formula', 'closing'])

/** A paragraph label: part path, PP/OP, number, alternative suffix, sub-paragraph markers. */
const paragraphLabel = /^((?:[a-z]{1,7}\.){0,3})(pp|op) ?(\d{1,6})(?: ?(alt|alternative|bis|ter|quater)\.?(?: ?(\d{1,2}))?)?((?: ?\([a-z0-9]{1,8}\)){0,6})$/i

/** The canonical form of a label as typed, or undefined when it is not one. */
export function normalizeLabel(typed: string): string | undefined {
  const text = typed.trim().replace(/\s+/g, ' ')
  if (places.has(text.toLowerCase())) return text.toLowerCase()
  const match = paragraphLabel.exec(text)
  if (!match) return undefined
  const [, path = '', kind = '', number = '', suffix, count, subs = ''] = match
  return path.toUpperCase() + kind.toUpperCase() + Number(number) + (suffix ? ' ' + suffix.toLowerCase() + (count ? ' ' + count : '') : '') + subs.replace(/ /g, '').toLowerCase()
}

/** Every selectable part of a text with its label, in document order. */
export function labelled(tree: Resolution): Selection[] {
  const result: Selection[] = []
  for (const node of walk(tree)) {
    const label = labelOf(node)
    if (label !== undefined) result.push({label, text: textOf(node as Selectable), node: node as Selectable})
  }
  return result
}

function labelOf(node: Content): string | undefined {
  switch (node.type) {
    case 'preambularParagraph':
    case 'operativeParagraph':
    case 'subParagraph':
      return node.label
    case 'heading':
      return node.role === 'part' ? undefined : node.role
    case 'header':
      return 'header'
    case 'enactingFormula':
      return 'formula'
    case 'closing':
      return 'closing'
    default:
      return undefined
  }
}

/** Plain text: a paragraph's own text, then each sub-paragraph on a line with its marker, indented by depth. */
function textOf(node: Selectable): string {
  if (node.type === 'header' || node.type === 'closing') return node.children.map((child) => child.value).join('\n')
  if (node.type === 'heading' || node.type === 'enactingFormula') return toString(node).trim()
  const lines = [ownText(node).trim()]
  for (const child of node.children) {
    if (child.type !== 'subParagraph') continue
    const [head = '', ...rest] = textOf(child).split('\n')
    lines.push(child.marker + ' ' + head, ...rest.map((line) => '  ' + line))
  }
  return lines.filter((line) => line !== '').join('\n')
}

/** The two ends of a range ("OP3-OP5", "OP3-5", "OP2(a)-(c)"), canonical, or undefined. */
function rangeEnds(typed: string): [string, string] | undefined {
  const dash = typed.search(/[-\u2013]/)
  if (dash === -1) return undefined
  const from = normalizeLabel(typed.slice(0, dash))
  const rest = typed.slice(dash + 1).trim()
  if (from === undefined) return undefined
  if (/^\d{1,6}$/.test(rest)) {
    const stem = /^(.*?(?:PP|OP))\d/.exec(from)?.[1]
    return stem ? [from, stem + Number(rest)] : undefined
  }
  if (/^\([a-z0-9]{1,8}\)$/i.test(rest)) {
    const parent = from.replace(/\([a-z0-9]+\)$/, '')
    return parent === from ? undefined : [from, parent + rest.toLowerCase()]
  }
  const to = normalizeLabel(rest)
  return to === undefined ? undefined : [from, to]
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

/** Whether a label follows another in a run: "OP2" then "OP3", "OP3(a)" then "OP3(b)", "(i)" then "(ii)". */
function follows(previous: string, next: string): boolean {
  const a = /^(.*?)(\d+)$/.exec(previous)
  const b = /^(.*?)(\d+)$/.exec(next)
  if (a && b) return a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1
  const c = /^(.*)(\([a-z]+\))$/.exec(previous)
  const d = /^(.*)(\([a-z]+\))$/.exec(next)
  if (!c || !d || c[1] !== d[1]) return false
  const letters = letterIndex(c[2]!)
  const numerals = numeralIndex(c[2]!)
  return (letters !== undefined && letterIndex(d[2]!) === letters + 1) || (numerals !== undefined && numeralIndex(d[2]!) === numerals + 1)
}

/** Labels with runs written as ranges, for messages: "PP1-PP4", "OP3(a)-OP3(c)". */
export function labelRuns(labels: readonly string[]): string[] {
  const result: string[] = []
  let start = 0
  for (let index = 1; index <= labels.length; index++) {
    if (index < labels.length && follows(labels[index - 1]!, labels[index]!)) continue
    const from = labels[start]!
    const to = labels[index - 1]!
    result.push(index - 1 === start ? from : index - 1 === start + 1 ? from + ', ' + to : from + '-' + to)
    start = index
  }
  return result
}
