/**
 * `reso lint` in the manner of vfile-reporter: one row per message with
 * file:line:column, severity, reason and rule id in columns aligned within
 * each file, "no issues found" for a clean file, and a count at the end.
 */
import type {ChalkInstance} from 'chalk'
import type {Diagnostic} from '../tree.js'
import {escapeControl as esc} from './escape.js'
import {maxOf} from '../array.js'

/** The messages of one file. */
export interface LintFile {
  /** The file as given, or "<stdin>". */
  file: string
  /** Sorted by place. */
  messages: Diagnostic[]
}

function plural(count: number, word: string): string {
  return count + ' ' + word + (count === 1 ? '' : 's')
}

/** How many messages of each severity. */
export type Counts = Record<Diagnostic['severity'], number>

/** "✖ 1 error, ⚠ 2 warnings, 1 info", or nothing when there is no message. */
export function lintSummary(counts: Counts, c: ChalkInstance): string[] {
  const parts: string[] = []
  if (counts.error > 0) parts.push(c.red('\u2716') + ' ' + plural(counts.error, 'error'))
  if (counts.warning > 0) parts.push(c.yellow('\u26a0') + ' ' + plural(counts.warning, 'warning'))
  if (counts.info > 0) parts.push(counts.info + ' info')
  return parts.length > 0 ? ['', parts.join(', ')] : []
}

/**
 * One file's lines: its messages in aligned columns, or "no issues found".
 * Reasons are padded so rule ids line up, but not beyond `width`: a longer
 * reason pushes its rule id out rather than every other one.
 */
export function lintFileLines(file: LintFile, c: ChalkInstance, width = 100): string[] {
  if (file.messages.length === 0) return [c.green(esc(file.file)) + ': no issues found']
  const rows = file.messages.map((message) => [esc(file.file) + ':' + message.place.start.line + ':' + message.place.start.column, message.severity, esc(message.reason), message.ruleId])
  const widths = [0, 1, 2, 3].map((index) => maxOf(rows.map((row) => row[index]!.length)))
  widths[2] = Math.min(widths[2]!, Math.max(20, width - widths[0]! - widths[1]! - widths[3]! - 6))
  const colour = {error: c.red, warning: c.yellow, info: c.blue}
  return rows.map(([where, severity, reason, rule], index) =>
    where!.padEnd(widths[0]!) + '  ' + colour[file.messages[index]!.severity](severity!.padEnd(widths[1]!)) + '  ' + reason!.padEnd(widths[2]!) + '  ' + c.dim(rule!))
}
