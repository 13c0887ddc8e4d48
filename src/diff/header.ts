/**
 * Header facts that differ between two versions: symbol, date, number,
 * title, sponsors and the other lines the header gives (src/grammar/header.ts
 * lists them). A fact only one side gives is reported as added or removed
 * (`old` or `new` absent): Markdown conversions often lose the symbol line
 * that the PDF text keeps, and an adopted text names its draft where the
 * draft names its sponsors. Whether it counts is substance.ts's rule, the
 * same for a fact on one side as for one changed.
 */
import type {Closing, Resolution} from '../tree.js'
import type {ClosingChange, HeaderChange} from './types.js'
import {collapse} from './passages.js'

/**
 * The facts compared, in the order views list them: what the header's lines
 * and the title give. Not the kind and the organ (judged, not written; the
 * symbol shows them) nor the enacting formula (the text's first line).
 */
const fields = ['symbol', 'date', 'number', 'title', 'subtitle', 'distribution', 'language', 'session', 'agendaItem', 'adoptedFrom'] as const

const placeholder = /^\[[^\]]*\]$/

/** Header changes in a fixed order: symbol, date, number, title, subtitle, ..., sponsors. */
export function headerChanges(before: Resolution, after: Resolution): HeaderChange[] {
  const changes: HeaderChange[] = []
  for (const field of fields) {
    const old = before[field]
    const next = after[field]
    if (old === undefined && next === undefined) continue
    if (old === undefined) changes.push({field, new: collapse(next!)})
    else if (next === undefined) changes.push({field, old: collapse(old)})
    else if (collapse(old) !== collapse(next)) {
      const change: HeaderChange = {field, old: collapse(old), new: collapse(next)}
      if (placeholder.test(change.old!) && !placeholder.test(change.new!)) change.filled = true
      changes.push(change)
    }
  }
  const sponsors = sponsorsChange(before.sponsors, after.sponsors)
  if (sponsors) changes.push(sponsors)
  return changes
}

/** Sponsors joined and left; a list on one side only is the list added or removed whole. */
function sponsorsChange(before: string[] | undefined, after: string[] | undefined): HeaderChange | undefined {
  const old = before?.length ? before.map(collapse) : undefined
  const next = after?.length ? after.map(collapse) : undefined
  if (!old && !next) return undefined
  if (!old) return {field: 'sponsors', new: next!.join(', ')}
  if (!next) return {field: 'sponsors', old: old.join(', ')}
  const added = next.filter((name) => !old.includes(name))
  const removed = old.filter((name) => !next.includes(name))
  if (added.length === 0 && removed.length === 0) return undefined
  return {field: 'sponsors', old: old.join(', '), new: next.join(', '), added, removed}
}

/** The closing lines as one string: "52nd plenary meeting, 1 December 2025". */
function closingOf(tree: Resolution): string | undefined {
  const closing = tree.children.find((child): child is Closing => child.type === 'closing')
  if (!closing) return undefined
  if (closing.meeting !== undefined || closing.date !== undefined) return [closing.meeting, closing.date].filter((part) => part !== undefined).map((part) => collapse(part)).join(', ')
  return collapse(closing.children.map((child) => child.value).join(' '))
}

/** The closing, when the versions differ in it: changed, or given by one only (an adopted text closes with its meeting, a draft does not). */
export function closingChange(before: Resolution, after: Resolution): ClosingChange | undefined {
  const old = closingOf(before)
  const next = closingOf(after)
  if (old === next) return undefined
  if (old === undefined) return {new: next!}
  if (next === undefined) return {old}
  return {old, new: next}
}
