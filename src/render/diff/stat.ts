/** The `--stat` view of `reso diff`: counts, and a bar per part. */
import type {ChalkInstance} from 'chalk'
import type {DiffResult} from '../../diff/types.js'
import {escapeControl as esc} from '../escape.js'
import {oneSide} from './one-side.js'
import {headerNameOf, type DiffViewOptions} from './shared.js'

const barMarks: Array<[keyof Omit<DiffResult['stat']['parts'][number], 'part' | 'unchanged'>, string, (c: ChalkInstance) => ChalkInstance]> = [
  ['added', '+', (c) => c.green],
  ['removed', '-', (c) => c.red],
  ['changed', '~', (c) => c.yellow],
  ['moved', '>', (c) => c.cyan],
  ['split', '/', (c) => c.magenta],
  ['merged', '&', (c) => c.magenta],
  ['renumbered', '#', (c) => c.blue]
]

/** "date, number changed; symbol added; sponsors removed", or "no changes". */
function headerSummary(result: DiffResult): string {
  // A fact on one side only is added or removed (one-side.ts); one both sides give, changed.
  const wordOf = (change: DiffResult['header'][number]): string => oneSide(change)?.word ?? 'changed'
  const parts = ['changed', 'added', 'removed'].map((word) => [result.header.filter((change) => wordOf(change) === word).map(headerNameOf), word] as const)
    .filter(([names]) => names.length > 0)
    .map(([names, word]) => names.join(', ') + ' ' + word)
  return parts.length > 0 ? parts.join('; ') : 'no changes'
}

/** Counts, and a bar per part: one mark per paragraph, scaled down when the part is long. */
export function stat(result: DiffResult, options: DiffViewOptions, c: ChalkInstance): string[] {
  const s = result.stat
  const counts = (['added', 'removed', 'changed', 'moved', 'renumbered', 'split', 'merged', 'unchanged'] as const)
    .filter((kind) => s[kind] > 0 || ['added', 'removed', 'changed', 'moved', 'renumbered', 'unchanged'].includes(kind))
    .map((kind) => s[kind] + ' ' + kind)
  const lines = [
    c.bold('--- ' + esc(options.names[0])),
    c.bold('+++ ' + esc(options.names[1])),
    'header      ' + headerSummary(result),
    'paragraphs  ' + counts.join(', '),
    'words       ' + s.wordsInserted + ' inserted, ' + s.wordsDeleted + ' deleted',
    'verbs       ' + s.weakened + ' weakened, ' + s.strengthened + ' strengthened',
    ''
  ]
  const name = Math.max(4, ...s.parts.map((part) => part.part.length))
  const number = Math.max(1, ...s.parts.map((part) => String(part.unchanged + barMarks.reduce((sum, [kind]) => sum + part[kind], 0)).length))
  const room = Math.max(10, options.width - name - number - 6)
  const widest = Math.max(1, ...s.parts.map((part) => barMarks.reduce((sum, [kind]) => sum + part[kind], 0)))
  const scale = widest > room ? room / widest : 1
  for (const part of s.parts) {
    const changed = barMarks.reduce((sum, [kind]) => sum + part[kind], 0)
    let bar = ''
    for (const [kind, mark, colour] of barMarks) {
      const count = part[kind] === 0 ? 0 : Math.max(1, Math.round(part[kind] * scale))
      bar += colour(c)(mark.repeat(count))
    }
    lines.push(esc(part.part).padEnd(name) + ' | ' + String(changed).padStart(number) + (bar ? ' ' + bar : '') + c.dim(part.unchanged ? '  (' + part.unchanged + ' unchanged)' : ''))
  }
  lines.push(c.dim('+ added  - removed  ~ changed  > moved  / split  & merged  # renumbered'))
  return lines
}
