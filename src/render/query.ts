/**
 * `reso query` for the terminal: one row per match (file:line:column,
 * label, node type, text cut to the width), counts per file, and an invalid
 * selector with a caret under the character where it went wrong.
 */
import type {ChalkInstance} from 'chalk'
import type {Position} from '../tree.js'
import {escapeControl as esc} from './escape.js'
import {table} from './table.js'
import {maxOf} from '../array.js'

/** A match as the CLI prints it: `--json` prints the same objects with the whole node. */
export interface QueryHit {
  /** The file, as given, or "<stdin>". */
  file: string
  /** Where the node is: "OP5", "OP2(a)", "II.A", "Annex"; null outside paragraphs, parts and annexes. */
  label: string | null
  /** The node's text on one line. */
  text: string
  /** The node (only its type and position are drawn). */
  node: {type: string; position?: Position | undefined}
}

/** Matches in one file, for `--count`. */
export interface QueryCount {
  file: string
  count: number
}

const gap = 2

/** The matches as a table no wider than `width`; no lines when there are none. */
export function queryTable(hits: readonly QueryHit[], c: ChalkInstance, width: number): string[] {
  if (hits.length === 0) return []
  const rows = hits.map((hit) => {
    const start = hit.node.position?.start
    return [hit.file + (start ? ':' + start.line + ':' + start.column : ''), hit.label ?? '-', hit.node.type, hit.text.replace(/\s+/g, ' ').trim()]
  })
  const titles = ['location', 'label', 'type', 'text']
  let used = 0
  for (let column = 0; column < 3; column++) {
    used += maxOf(rows.map((row) => esc(row[column]!).length), titles[column]!.length) + gap
  }
  const colours = [c.dim, c.cyan, (text: string) => text, (text: string) => text]
  return table(
    titles.map((title, index) => (index === 3 ? {title, max: Math.max(16, width - used)} : {title})),
    rows,
    {header: c.bold, cell: (text, column) => colours[column]!(text)}
  )
}

/** Matches per file. */
export function queryCountTable(counts: readonly QueryCount[], c: ChalkInstance): string[] {
  return table(
    [{title: 'file'}, {title: 'matches', right: true}],
    counts.map((count) => [count.file, String(count.count)]),
    {header: c.bold}
  )
}

/** An invalid selector: the reason, then the selector with a caret under the offending character. */
export function selectorError(error: {message: string; selector: string; offset: number}, c: ChalkInstance): string[] {
  if (error.offset < 0) return ['reso: invalid selector: ' + esc(error.message)]
  const shown = esc(error.selector)
  const column = esc(error.selector.slice(0, error.offset)).length
  return [
    'reso: invalid selector ' + (error.offset >= error.selector.length ? 'at its end' : 'at character ' + (error.offset + 1)) + ': ' + esc(error.message),
    '  ' + shown,
    '  ' + ' '.repeat(column) + c.red('^')
  ]
}
