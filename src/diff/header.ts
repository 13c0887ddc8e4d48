/**
 * Header facts that differ between two versions: symbol, date, number,
 * title, sponsors. A fact only one side gives is not a difference: Markdown
 * conversions often lose the symbol line that the PDF text keeps.
 */
import type {Closing, Resolution} from '../tree.js'
import type {ClosingChange, HeaderChange} from './types.js'
import {collapse} from './passages.js'

const fields = ['symbol', 'date', 'number', 'title', 'subtitle', 'distribution', 'session', 'agendaItem'] as const

/** Header changes in a fixed order: symbol, date, number, title, subtitle, ..., sponsors. */
export function headerChanges(before: Resolution, after: Resolution): HeaderChange[] {
  const changes: HeaderChange[] = []
  for (const field of fields) {
    const old = before[field]
    const next = after[field]
    if (old === undefined || next === undefined) continue
    if (collapse(old) === collapse(next)) continue
    const change: HeaderChange = {field, old: collapse(old), new: collapse(next)}
    if (/^\[[^\]]*\]$/.test(change.old) && !/^\[[^\]]*\]$/.test(change.new)) change.filled = true
    changes.push(change)
  }
  if (before.sponsors && after.sponsors) {
    const old = before.sponsors.map(collapse)
    const next = after.sponsors.map(collapse)
    const added = next.filter((name) => !old.includes(name))
    const removed = old.filter((name) => !next.includes(name))
    if (added.length > 0 || removed.length > 0) {
      changes.push({field: 'sponsors', old: old.join(', '), new: next.join(', '), added, removed})
    }
  }
  return changes
}

/** The closing lines as one string: "52nd plenary meeting, 1 December 2025". */
function closingOf(tree: Resolution): string | undefined {
  const closing = tree.children.find((child): child is Closing => child.type === 'closing')
  if (!closing) return undefined
  if (closing.meeting !== undefined || closing.date !== undefined) return [closing.meeting, closing.date].filter((part) => part !== undefined).map((part) => collapse(part)).join(', ')
  return collapse(closing.children.map((child) => child.value).join(' '))
}

/** The closing, when both versions have one and they differ. */
export function closingChange(before: Resolution, after: Resolution): ClosingChange | undefined {
  const old = closingOf(before)
  const next = closingOf(after)
  if (old === undefined || next === undefined || old === next) return undefined
  return {old, new: next}
}
