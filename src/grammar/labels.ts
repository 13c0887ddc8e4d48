/**
 * Labels: what negotiators call a paragraph, and how reso reads the numbers
 * and marks that give them. PP3 (the third preambular paragraph), OP5 (the
 * operative paragraph numbered 5), OP2(a)(i) (sub-paragraphs), I.A.OP3
 * (inside lettered parts I and A), "OP3 alt" and "PP2 bis" (alternatives and
 * insertions, outside the numbering). Labels typed by a user ("op 2 (a)")
 * are read in their canonical form here too.
 */
import {leadingSpace, letterIndex, numeralIndex} from './ladder.js'

/** The label of a preambular paragraph: "PP3", in a part "I.A.PP3". */
export function preambularLabel(prefix: string, index: number): string {
  return prefix + 'PP' + index
}

/** The label of an operative paragraph: "OP5", in a part "II.OP5". */
export function operativeLabel(prefix: string, number: number): string {
  return prefix + 'OP' + number
}

/** The label of a sub-paragraph: its owner's label and its marker in parentheses, "OP2(a)", "OP2(a)(i)". */
export function subLabel(owner: string, marker: string, bullet?: number): string {
  if (marker.startsWith('(')) return owner + marker
  if (bullet !== undefined) return owner + '(' + bullet + ')'
  return owner + '(' + marker.slice(0, -1) + ')'
}

/** The prefix labels take inside a part: "I.A." for part path "I.A"; "" outside parts. */
export function partPrefix(path: string | undefined): string {
  return path ? path + '.' : ''
}

/** The operative paragraph a label belongs to: "OP3(a)(i)" -> "OP3". */
export function paragraphOf(label: string): string {
  const open = label.indexOf('(')
  return open === -1 ? label : label.slice(0, open)
}

/**
 * "12. " at the start of a block: returns the number and where the content
 * starts. Takes the slips of scanned texts too: "10, Reaffirms", "6.Calls".
 */
export function numberAt(text: string): {number: number; start: number} | undefined {
  let index = leadingSpace(text, 0)
  const from = index
  while (index < text.length && index - from < 10 && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
  const mark = text.charCodeAt(index)
  if (index === from || (mark !== 46 && mark !== 44)) return undefined
  const after = text.charCodeAt(index + 1)
  const spaced = after === 32 || after === 9
  const content = spaced ? leadingSpace(text, index + 1) : index + 1
  const first = text.charCodeAt(content)
  const capital = first >= 65 && first <= 90
  if (mark === 44 && !(spaced && capital && index - from <= 3)) return undefined
  if (!spaced && !(capital && index - from <= 3)) return undefined
  return {number: Number(text.slice(from, index)), start: content}
}

/** "[OP3 alt]", "PP5 bis", "OP2 alt. 2" at the start of a text, followed by a space. */
const alternativeMarker = /^\s{0,8}\[?(PP|OP) ?(\d{1,4}) ?(bis|ter|quater|alt\.?|alternative)(?: ?(\d{1,2}))?\]?(?=\s)/i

/**
 * A paragraph marked as an alternative or an insertion: "[OP3 alt]",
 * "OP3 bis", "PP5 alt.". Its label is the marker, spaced as "OP3 alt".
 */
export function alternativeAt(text: string): {kind: 'pp' | 'op'; label: string; length: number} | undefined {
  const match = alternativeMarker.exec(text.slice(0, 40))
  if (!match) return undefined
  const kind = match[1]!.toUpperCase() === 'PP' ? 'pp' : 'op'
  const suffix = match[3]!.toLowerCase().replace(/\.$/, '')
  return {kind, label: match[1]!.toUpperCase() + match[2] + ' ' + suffix + (match[4] ? ' ' + match[4] : ''), length: match[0].length}
}

/** A part's letter or numeral: "I", "IV", "A". */
export const partLetter = /^[IVXLC]{1,7}$|^[A-Z]$/

/** Roman numerals name the outer parts (I, II); letters the inner ones (A, B). */
const romanPart = /^[IVXLC]{1,7}$/

/** Whether a part label opens an outer part: "II" does; "A" does not, nor "I" right after "H" (a letter). */
export function isOuterPart(label: string, previous: string | undefined): boolean {
  return romanPart.test(label) && !(label === 'I' && previous === 'H')
}

/** Whether a label is an outer part's numeral. */
export function isRomanPart(label: string): boolean {
  return romanPart.test(label)
}

/** "I", "A.", "II. Title", "PART III": a part heading. Returns the letter and the title when written on the line. */
export function partAt(trimmed: string): {label: string; title?: string} | undefined {
  const match = /^(?:PART |Part )?([IVXLC]{1,7}|[A-Z])\.?(?:[ \u00a0]+(\S.{0,300}))?$/.exec(trimmed.slice(0, 320))
  if (!match || trimmed.length > 320) return undefined
  return match[2] === undefined ? {label: match[1]!} : {label: match[1]!, title: match[2]}
}

/** A part's letter alone: "I", "A.", "PART II". */
export function isPartLabel(text: string): boolean {
  return /^(?:PART |Part )?(?:[IVXLC]{1,7}|[A-Z])\.?$/.test(text.slice(0, 16))
}

/** Places outside the paragraphs that `reso show` selects by name. */
export const placeNames: ReadonlySet<string> = new Set(['title', 'subtitle', 'header', 'formula', 'closing'])

/** A paragraph label as typed: part path, PP/OP, number, alternative suffix, sub-paragraph markers. */
const typedLabel = /^((?:[a-z]{1,7}\.){0,3})(pp|op) ?(\d{1,6})(?: ?(alt|alternative|bis|ter|quater)\.?(?: ?(\d{1,2}))?)?((?: ?\([a-z0-9]{1,8}\)){0,6})$/i

/** The canonical form of a label as typed ("op 2 (a)" -> "OP2(a)"), or undefined when it is not one. */
export function normalizeLabel(typed: string): string | undefined {
  const text = typed.trim().replace(/\s+/g, ' ')
  if (placeNames.has(text.toLowerCase())) return text.toLowerCase()
  const match = typedLabel.exec(text)
  if (!match) return undefined
  const [, path = '', kind = '', number = '', suffix, count, subs = ''] = match
  return path.toUpperCase() + kind.toUpperCase() + Number(number) + (suffix ? ' ' + suffix.toLowerCase() + (count ? ' ' + count : '') : '') + subs.replace(/ /g, '').toLowerCase()
}

/** The two ends of a range as typed ("OP3-OP5", "OP3-5", "OP2(a)-(c)"), canonical, or undefined. */
export function rangeEnds(typed: string): [string, string] | undefined {
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
