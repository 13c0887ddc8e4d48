/**
 * The inline view of `reso diff`, the default: changed paragraphs with their
 * words marked, the rest folded. Deleted words are red and struck, inserted
 * words green; without colour they are marked `[-old-]` and `{+new+}`, so
 * meaning never depends on colour.
 */
import type {ChalkInstance} from 'chalk'
import type {Change, DiffResult} from '../../diff/types.js'
import {escapeControl as esc} from '../escape.js'
import {append} from '../../array.js'
import {plan, foldText, renumberedText, type Item} from './fold.js'
import {elide, clipWords, headerLines, kindColour, kindText, labelText, annotationLines, piecesOf, plainText, wrap, type DiffViewOptions, type Style} from './shared.js'

function titleLine(change: Change, indent: string, c: ChalkInstance): string {
  return indent + c.bold(esc(labelText(change))) + '  ' + kindColour(change, c)(kindText(change))
}

/** One line: label, kind or nothing, and the first words, dim. */
function briefLine(change: Change, indent: string, options: DiffViewOptions, c: ChalkInstance): string {
  const head = labelText(change) + (change.kind === 'unchanged' ? '' : '  ' + kindText(change))
  const room = options.width - indent.length - head.length - 2
  const text = room > 8 ? '  ' + clipWords(esc(plainText(change)), room) : ''
  return indent + (change.kind === 'unchanged' ? c.dim(esc(head) + text) : c.bold(esc(labelText(change))) + '  ' + kindColour(change, c)(kindText(change)) + c.dim(text))
}

function changeLines(change: Change, indent: string, options: DiffViewOptions, c: ChalkInstance, lines: string[]): void {
  const edited = change.words.some((run) => run.op !== 'equal')
  const unchangedText = !edited && change.kind !== 'added' && change.kind !== 'removed'
  if (unchangedText && !options.full) lines.push(briefLine(change, indent, options, c))
  else {
    lines.push(titleLine(change, indent, c))
    const style: Style | undefined = (change.kind === 'unchanged' || change.kind === 'renumbered') && options.full ? 'plain' : undefined
    const pieces = piecesOf(elide(change.words, options.full), 'both').map((piece) => (style ? {...piece, style} : piece))
    append(lines, wrap(pieces, options.width, indent + '    ', c))
  }
  for (const annotation of change.notes) append(lines, annotationLines(annotation, indent + '    ', options.width, c))
  itemLines(plan(change.subs, options), indent + '  ', options, c, lines)
}

function itemLines(items: Item[], indent: string, options: DiffViewOptions, c: ChalkInstance, lines: string[]): void {
  for (const item of items) {
    switch (item.type) {
      case 'change':
        changeLines(item.change, indent, options, c, lines)
        break
      case 'brief':
        lines.push(briefLine(item.change, indent, options, c))
        break
      case 'fold':
        lines.push(indent + c.dim(esc(foldText(item.changes))))
        break
      case 'renumbered': {
        const head = esc(renumberedText(item.changes))
        const tail = ', text unchanged (' + item.changes.length + ' paragraphs)'
        const room = options.width - indent.length - head.length - '  renumbered'.length
        lines.push(indent + c.bold(head) + '  ' + c.blue('renumbered') + (room >= tail.length ? c.dim(tail) : ''))
        break
      }
    }
  }
}

/** The inline view: changed paragraphs with their words marked, the rest folded. */
export function inline(result: DiffResult, options: DiffViewOptions, c: ChalkInstance): string[] {
  const lines = headerLines(result, options, c)
  lines.push('')
  itemLines(plan(result.changes, options), '', options, c, lines)
  return lines
}
