/**
 * What a diff view shows, in order: changes in full, unchanged paragraphs
 * near a change as one line each, the others folded into a count, and runs
 * of plain renumberings as one line.
 */
import type {Change} from '../../diff/types.js'
import type {DiffViewOptions} from './shared.js'

/** What a view shows, in order. */
export type Item =
  | {type: 'change'; change: Change}
  | {type: 'brief'; change: Change}
  | {type: 'fold'; changes: Change[]}
  | {type: 'renumbered'; changes: Change[]}

/** Whether a change has anything to show: its kind, an annotation, or a sub-paragraph that has. */
export function touched(change: Change): boolean {
  return change.kind !== 'unchanged' || change.notes.length > 0 || change.subs.some(touched)
}

const quiet = (change: Change): boolean => change.kind === 'renumbered' && change.notes.length === 0 && !change.subs.some(touched)

/**
 * Plan a list: changes shown in full; unchanged paragraphs within `context`
 * of a change as one line each, the rest folded into a count; runs of three
 * or more plain renumberings in one part as one line.
 */
export function plan(changes: Change[], options: DiffViewOptions): Item[] {
  if (options.full) return changes.map((change) => ({type: 'change', change}))
  const shown = changes.map(touched)
  const near = new Uint8Array(changes.length)
  shown.forEach((isShown, index) => {
    if (!isShown) return
    for (let at = Math.max(0, index - options.context); at <= Math.min(changes.length - 1, index + options.context); at++) near[at] = 1
  })
  const items: Item[] = []
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!
    if (quiet(change)) {
      let end = index
      while (end + 1 < changes.length && quiet(changes[end + 1]!) && changes[end + 1]!.part === change.part) end++
      if (end - index >= 2) {
        items.push({type: 'renumbered', changes: changes.slice(index, end + 1)})
        index = end
        continue
      }
    }
    if (shown[index]) items.push({type: 'change', change})
    else if (near[index]) items.push({type: 'brief', change})
    else {
      const last = items[items.length - 1]
      if (last?.type === 'fold') last.changes.push(change)
      else items.push({type: 'fold', changes: [change]})
    }
  }
  return items
}

export function foldText(changes: Change[]): string {
  const first = changes[0]!.new[0] ?? ''
  const last = changes[changes.length - 1]!.new[0] ?? ''
  const count = changes.length
  return '\u2026 ' + count + ' unchanged paragraph' + (count === 1 ? '' : 's') + ' (' + (count === 1 ? first : first + '..' + last) + ')'
}

export function renumberedText(changes: Change[]): string {
  const first = changes[0]!
  const last = changes[changes.length - 1]!
  return first.old[0] + '..' + last.old[0] + ' -> ' + first.new[0] + '..' + last.new[0]
}
