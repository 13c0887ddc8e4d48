/**
 * The side-by-side view of `reso diff`: old on the left, new on the right,
 * paragraph against paragraph, each column wrapped to half the width.
 */
import type {ChalkInstance} from 'chalk'
import type {Change, DiffResult} from '../../diff/types.js'
import {escapeControl as esc} from '../escape.js'
import {plan, foldText, type Item} from './fold.js'
import {elide, clipWords, headerLines, kindColour, kindText, annotationLines, piecesOf, plainText, wrap, type DiffViewOptions, type Style} from './shared.js'

/** Pad a line (which may hold colour codes) to `width` visible columns. */
function pad(line: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = line.replace(/\u001b\[[0-9;]*m/g, '').length
  return line + ' '.repeat(Math.max(0, width - visible))
}

/** One side of a paragraph whose text did not change: its label, its kind, its first words. */
function sideBrief(change: Change, labels: string[], indent: string, column: number, c: ChalkInstance): string[] {
  if (labels.length === 0) return []
  const label = labels.join(' + ')
  const kind = change.kind === 'unchanged' ? '' : '  ' + kindText(change)
  const room = column - indent.length - label.length - kind.length - 2
  const text = room > 8 ? '  ' + clipWords(esc(plainText(change)), room) : ''
  if (change.kind === 'unchanged') return [indent + c.dim(esc(label) + text)]
  return [indent + c.bold(esc(label)) + kindColour(change, c)(kind) + c.dim(text)]
}

function sideLines(change: Change, indent: string, column: number, options: DiffViewOptions, c: ChalkInstance, rows: Array<[string[], string[]]>): void {
  const edited = change.words.some((run) => run.op !== 'equal')
  const annotations = change.notes.flatMap((annotation) => annotationLines(annotation, indent + '  ', column, c))
  if (!edited && !options.full && change.kind !== 'added' && change.kind !== 'removed') {
    rows.push([sideBrief(change, change.old, indent, column, c), sideBrief(change, change.new, indent, column, c)])
  } else {
    const head = (labels: string[]): string[] => (labels.length ? [indent + c.bold(esc(labels.join(' + '))) + '  ' + kindColour(change, c)(kindText(change))] : [])
    const runs = elide(change.words, options.full)
    const style: Style | undefined = change.kind === 'unchanged' || change.kind === 'renumbered' ? 'plain' : undefined
    const text = (keep: 'old' | 'new', labels: string[]): string[] =>
      labels.length === 0 ? [] : wrap(piecesOf(runs, keep).map((piece) => (style ? {...piece, style} : piece)), column, indent + '  ', c)
    rows.push([[...head(change.old), ...text('old', change.old)], [...head(change.new), ...text('new', change.new)]])
  }
  if (annotations.length) rows.push([[], annotations])
  sideItems(plan(change.subs, options), indent + '  ', column, options, c, rows)
}

function sideItems(items: Item[], indent: string, column: number, options: DiffViewOptions, c: ChalkInstance, rows: Array<[string[], string[]]>): void {
  for (const item of items) {
    if (item.type === 'change' || item.type === 'brief') sideLines(item.change, indent, column, options, c, rows)
    else if (item.type === 'fold') {
      const fold = indent + c.dim(clipWords(esc(foldText(item.changes)), column - indent.length))
      rows.push([[fold], [fold]])
    }
    else {
      const first = item.changes[0]!
      const last = item.changes[item.changes.length - 1]!
      rows.push([
        [indent + c.bold(esc(first.old[0] + '..' + last.old[0])) + '  ' + c.blue('renumbered')],
        [indent + c.bold(esc(first.new[0] + '..' + last.new[0])) + '  ' + c.blue('renumbered') + c.dim(', text unchanged')]
      ])
    }
  }
}

/** Old on the left, new on the right, paragraph against paragraph. */
export function sideBySide(result: DiffResult, options: DiffViewOptions, c: ChalkInstance): string[] {
  const lines = headerLines(result, options, c)
  lines.push('')
  const column = Math.floor((options.width - 3) / 2)
  const rows: Array<[string[], string[]]> = []
  sideItems(plan(result.changes, options), '', column, options, c, rows)
  for (const [left, right] of rows) {
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      lines.push((pad(left[index] ?? '', column) + c.dim(' | ') + (right[index] ?? '')).trimEnd())
    }
  }
  return lines
}
