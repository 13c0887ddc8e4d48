/**
 * `reso diff` views, all drawn from one change list: inline (the default),
 * side by side, `--stat` and a Markdown redline. Deleted words are red and
 * struck, inserted words green; without colour they are marked `[-old-]`
 * and `{+new+}`, so meaning never depends on colour. Unchanged paragraphs
 * fold to one dim line each near a change, or to a count further away.
 */
import type {ChalkInstance} from 'chalk'
import type {Change, DiffResult, HeaderChange, Note, WordChange} from '../diff/types.js'
import {escapeControl as esc} from './escape.js'
import {append} from '../array.js'

/** How a view lays out the change list. */
export interface DiffViewOptions {
  /** Columns to wrap to. */
  width: number
  /** Unchanged paragraphs shown (one line each) on either side of a change. */
  context: number
  /** Show every paragraph in full, and long unchanged stretches inside changed ones. */
  full: boolean
  /** The names of the two versions, for the first lines. */
  names: [string, string]
}

/** The narrowest terminal on which side by side is shown unless a width is forced. */
export const sideBySideMinimum = 80

type Style = 'equal' | 'delete' | 'insert' | 'dim' | 'plain' | 'note'

/** A piece of text with one style. */
interface Piece {
  text: string
  style: Style
}

const headerNames: Record<HeaderChange['field'], string> = {
  symbol: 'symbol', date: 'date', number: 'number', title: 'title', subtitle: 'subtitle',
  sponsors: 'sponsors', distribution: 'distribution', session: 'session', agendaItem: 'agenda'
}

// ---------------------------------------------------------------- text pieces

/** A note in words: "Urges -> Encourages: weaker". */
export function noteText(note: Note): string {
  switch (note.type) {
    case 'phrase':
      return note.old + ' -> ' + note.new + ': ' + (note.direction === 'same' ? 'same strength' : note.direction === 'unknown' ? 'strength unknown' : note.direction)
    case 'citation':
      return 'citation ' + note.change + ': ' + note.text + (note.symbol && note.symbol !== note.text ? ' (' + note.symbol + ')' : '')
    case 'note':
      return '"' + note.note + '" ' + note.change
    case 'placeholder':
      return note.change === 'filled' ? 'placeholder filled: ' + note.old + ' -> ' + note.new : 'placeholder ' + note.change + ': ' + note.old
    case 'brackets':
      return note.change === 'added' ? 'bracketed text added: [' + note.text + ']' : 'brackets resolved, text ' + note.change + ': ' + note.text
    case 'reference':
      return note.change === 'updated'
        ? 'reference updated: ' + note.old + ' -> ' + note.text + ' (same paragraphs, now ' + note.meant.join(', ') + ')'
        : 'stale reference: ' + note.text + ' points at ' + (note.targets.join(', ') || 'nothing') + (note.meant.length ? '; it meant ' + note.meant.join(', ') : '; the paragraphs it meant were removed')
  }
}

/** A header change in words. */
function headerText(change: HeaderChange): string {
  if (change.field === 'sponsors') {
    const parts: string[] = []
    if (change.added?.length) parts.push('joined: ' + change.added.join(', '))
    if (change.removed?.length) parts.push('left: ' + change.removed.join(', '))
    return parts.join('; ')
  }
  return change.old + ' -> ' + change.new + (change.filled ? ' (placeholder filled)' : '')
}

/** Labels of a change: "OP5", "OP5 -> OP6", "OP4 -> OP4 + OP5". */
export function labelText(change: Change): string {
  const old = change.old.join(' + ')
  const next = change.new.join(' + ')
  if (!old) return next
  if (!next || old === next) return old
  return old + ' -> ' + next
}

/** The kind in words, escaped: "changed", "moved from II.A preamble". */
function kindText(change: Change): string {
  if (change.kind === 'moved' && change.oldPart) return 'moved from ' + esc(change.oldPart)
  return change.kind
}

/** The whole text of a change, for a one-line summary. */
function plainText(change: Change): string {
  return change.words.map((run) => run.text).join('').trim()
}

function firstWords(text: string, room: number): string {
  if (text.length <= room) return text
  const cut = text.slice(0, Math.max(0, room - 1))
  const space = cut.lastIndexOf(' ')
  return (space > room / 2 ? cut.slice(0, space) : cut) + '\u2026'
}

/**
 * Long stretches of unchanged words inside a changed paragraph keep ten
 * words on either side of an ellipsis (three at the paragraph's end).
 */
function elide(runs: WordChange[], full: boolean): WordChange[] {
  if (full) return runs
  const keep = 10
  return runs.map((run, index) => {
    if (run.op !== 'equal') return run
    const words = run.text.split(/(?<=\S)(?=\s)/)
    if (words.length <= keep * 2 + 4) return run
    const tail = index === runs.length - 1 ? 3 : keep
    return {op: 'equal', text: words.slice(0, keep).join('') + ' \u2026' + words.slice(words.length - tail).join('')}
  })
}

/** A run ready to show: its text without leading space, and whether a space goes before it. */
interface Spaced {
  op: WordChange['op']
  text: string
  space: boolean
}

/**
 * Spaces between runs as a reader expects them: an insertion right after a
 * spaced deletion shares its space ("a [-x-]{+y+} b"), and a word right
 * after a deletion gets the space the old text had ("[-[OP3 alt]-] Encourages").
 */
function spaced(runs: WordChange[], keep: 'both' | 'old' | 'new'): Spaced[] {
  const result: Spaced[] = []
  let previous: Spaced | undefined
  for (const run of runs) {
    if (keep === 'old' && run.op === 'insert') continue
    if (keep === 'new' && run.op === 'delete') continue
    const text = run.text.replace(/^\s+/, '')
    if (text === '') continue
    let space = text.length < run.text.length
    if (run.op === 'insert' && previous?.op === 'delete' && previous.space) space = false
    if (!space && previous?.op === 'delete' && run.op !== 'insert' && /^[\p{L}\p{N}]/u.test(text)) space = true
    const item = {op: run.op, text, space}
    result.push(item)
    previous = item
  }
  if (result[0]) result[0].space = false
  return result
}

/** Word runs as styled pieces. */
function piecesOf(runs: WordChange[], keep: 'both' | 'old' | 'new'): Piece[] {
  return spaced(runs, keep).map((run) => ({text: (run.space ? ' ' : '') + esc(run.text), style: run.op}))
}

// ---------------------------------------------------------------- wrapping

interface Word {
  text: string
  style: Style
  space: boolean
}

/**
 * Lay styled pieces out in lines of at most `width` columns after
 * `indent`. Without colour, deleted and inserted runs get their markers
 * around the run before layout, so the markers count in the width.
 */
function wrap(pieces: Piece[], width: number, indent: string, c: ChalkInstance): string[] {
  const plain = c.level === 0
  const words: Word[] = []
  for (const piece of pieces) {
    const [open, close] = plain && piece.style === 'delete' ? ['[-', '-]'] : plain && piece.style === 'insert' ? ['{+', '+}'] : ['', '']
    const parts = piece.text.split(/(\s+)/)
    const first = words.length
    let space = false
    for (const part of parts) {
      if (part === '') continue
      if (/^\s+$/.test(part)) {
        space = true
        continue
      }
      words.push({text: part, style: piece.style, space})
      space = false
    }
    if (words.length > first) {
      words[first]!.text = open + words[first]!.text
      words[words.length - 1]!.text += close
    }
  }
  const room = Math.max(10, width - indent.length)
  const lines: Word[][] = [[]]
  let length = 0
  for (const word of words) {
    let line = lines[lines.length - 1]!
    const needed = (line.length > 0 && word.space ? 1 : 0) + word.text.length
    if (line.length > 0 && length + needed > room) {
      lines.push((line = []))
      length = 0
    }
    length += line.length === 0 ? word.text.length : needed
    line.push(word)
  }
  return lines.filter((line) => line.length > 0).map((line) => indent + styleLine(line, c))
}

function paint(text: string, style: Style, c: ChalkInstance): string {
  switch (style) {
    case 'delete':
      return c.red.strikethrough(text)
    case 'insert':
      return c.green(text)
    case 'dim':
      return c.dim(text)
    case 'note':
      return c.yellow(text)
    default:
      return text
  }
}

/** One line: consecutive words of one style painted together, spaces between them inside. */
function styleLine(line: Word[], c: ChalkInstance): string {
  let out = ''
  let group = ''
  let style: Style | undefined
  for (const [index, word] of line.entries()) {
    const space = index > 0 && word.space ? ' ' : ''
    if (word.style === style) {
      group += space + word.text
      continue
    }
    if (style !== undefined) out += paint(group, style, c)
    out += space
    group = word.text
    style = word.style
  }
  if (style !== undefined) out += paint(group, style, c)
  return out
}

/** Pad a line (which may hold colour codes) to `width` visible columns. */
function pad(line: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = line.replace(/\u001b\[[0-9;]*m/g, '').length
  return line + ' '.repeat(Math.max(0, width - visible))
}

// ---------------------------------------------------------------- folding

/** What a view shows, in order. */
type Item =
  | {type: 'change'; change: Change}
  | {type: 'brief'; change: Change}
  | {type: 'fold'; changes: Change[]}
  | {type: 'renumbered'; changes: Change[]}

/** Whether a change has anything to show: its kind, a note, or a sub-paragraph that has. */
export function touched(change: Change): boolean {
  return change.kind !== 'unchanged' || change.notes.length > 0 || change.subs.some(touched)
}

const quiet = (change: Change): boolean => change.kind === 'renumbered' && change.notes.length === 0 && !change.subs.some(touched)

/**
 * Plan a list: changes shown in full; unchanged paragraphs within `context`
 * of a change as one line each, the rest folded into a count; runs of three
 * or more plain renumberings in one part as one line.
 */
function plan(changes: Change[], options: DiffViewOptions): Item[] {
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

function foldText(changes: Change[]): string {
  const first = changes[0]!.new[0] ?? ''
  const last = changes[changes.length - 1]!.new[0] ?? ''
  const count = changes.length
  return '\u2026 ' + count + ' unchanged paragraph' + (count === 1 ? '' : 's') + ' (' + (count === 1 ? first : first + '..' + last) + ')'
}

function renumberedText(changes: Change[]): string {
  const first = changes[0]!
  const last = changes[changes.length - 1]!
  return first.old[0] + '..' + last.old[0] + ' -> ' + first.new[0] + '..' + last.new[0]
}

// ---------------------------------------------------------------- inline

function headerLines(result: DiffResult, options: DiffViewOptions, c: ChalkInstance): string[] {
  const lines = [c.bold('--- ' + esc(options.names[0])), c.bold('+++ ' + esc(options.names[1]))]
  for (const change of result.header) lines.push(c.dim(headerNames[change.field].padEnd(13)) + esc(headerText(change)))
  if (!result.differs && result.changes.every((change) => !touched(change))) lines.push(c.dim('no differences'))
  return lines
}

const kindColour = (change: Change, c: ChalkInstance): ChalkInstance =>
  ({added: c.green, removed: c.red, changed: c.yellow, moved: c.cyan, split: c.magenta, merged: c.magenta, renumbered: c.blue, unchanged: c.dim})[change.kind]

function titleLine(change: Change, indent: string, c: ChalkInstance): string {
  return indent + c.bold(esc(labelText(change))) + '  ' + kindColour(change, c)(kindText(change))
}

/** One line: label, kind or nothing, and the first words, dim. */
function briefLine(change: Change, indent: string, options: DiffViewOptions, c: ChalkInstance): string {
  const head = labelText(change) + (change.kind === 'unchanged' ? '' : '  ' + kindText(change))
  const room = options.width - indent.length - head.length - 2
  const text = room > 8 ? '  ' + firstWords(esc(plainText(change)), room) : ''
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
  for (const note of change.notes) append(lines, noteLines(note, indent + '    ', options.width, c))
  itemLines(plan(change.subs, options), indent + '  ', options, c, lines)
}

/** A note, wrapped under a hanging "* ". */
function noteLines(note: Note, indent: string, width: number, c: ChalkInstance): string[] {
  const lines = wrap([{text: esc(noteText(note)), style: 'note'}], width, indent + '  ', c)
  if (lines[0]) lines[0] = indent + c.yellow('*') + ' ' + lines[0].slice(indent.length + 2)
  return lines
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

// ---------------------------------------------------------------- side by side

/** One side of a paragraph whose text did not change: its label, its kind, its first words. */
function sideBrief(change: Change, labels: string[], indent: string, column: number, c: ChalkInstance): string[] {
  if (labels.length === 0) return []
  const label = labels.join(' + ')
  const kind = change.kind === 'unchanged' ? '' : '  ' + kindText(change)
  const room = column - indent.length - label.length - kind.length - 2
  const text = room > 8 ? '  ' + firstWords(esc(plainText(change)), room) : ''
  if (change.kind === 'unchanged') return [indent + c.dim(esc(label) + text)]
  return [indent + c.bold(esc(label)) + kindColour(change, c)(kind) + c.dim(text)]
}

function sideLines(change: Change, indent: string, column: number, options: DiffViewOptions, c: ChalkInstance, rows: Array<[string[], string[]]>): void {
  const edited = change.words.some((run) => run.op !== 'equal')
  const notes = change.notes.flatMap((note) => noteLines(note, indent + '  ', column, c))
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
  if (notes.length) rows.push([[], notes])
  sideItems(plan(change.subs, options), indent + '  ', column, options, c, rows)
}

function sideItems(items: Item[], indent: string, column: number, options: DiffViewOptions, c: ChalkInstance, rows: Array<[string[], string[]]>): void {
  for (const item of items) {
    if (item.type === 'change' || item.type === 'brief') sideLines(item.change, indent, column, options, c, rows)
    else if (item.type === 'fold') {
      const fold = indent + c.dim(firstWords(esc(foldText(item.changes)), column - indent.length))
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

// ---------------------------------------------------------------- stat

const barMarks: Array<[keyof Omit<DiffResult['stat']['parts'][number], 'part' | 'unchanged'>, string, (c: ChalkInstance) => ChalkInstance]> = [
  ['added', '+', (c) => c.green],
  ['removed', '-', (c) => c.red],
  ['changed', '~', (c) => c.yellow],
  ['moved', '>', (c) => c.cyan],
  ['split', '/', (c) => c.magenta],
  ['merged', '&', (c) => c.magenta],
  ['renumbered', '#', (c) => c.blue]
]

/** Counts, and a bar per part: one mark per paragraph, scaled down when the part is long. */
export function stat(result: DiffResult, options: DiffViewOptions, c: ChalkInstance): string[] {
  const s = result.stat
  const counts = (['added', 'removed', 'changed', 'moved', 'renumbered', 'split', 'merged', 'unchanged'] as const)
    .filter((kind) => s[kind] > 0 || ['added', 'removed', 'changed', 'moved', 'renumbered', 'unchanged'].includes(kind))
    .map((kind) => s[kind] + ' ' + kind)
  const lines = [
    c.bold('--- ' + esc(options.names[0])),
    c.bold('+++ ' + esc(options.names[1])),
    'header      ' + (result.header.length ? result.header.map((change) => headerNames[change.field]).join(', ') + ' changed' : 'no changes'),
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

// ---------------------------------------------------------------- markdown

/** Markdown's special characters escaped, so the paragraph text reads as written. */
function escapeMarkdown(text: string): string {
  return esc(text).replace(/[\\`*_~[\]<|#]/g, (character) => '\\' + character)
}

function markdownRuns(runs: WordChange[]): string {
  let out = ''
  let previous: Spaced | undefined
  for (const run of spaced(runs, 'both')) {
    const text = escapeMarkdown(run.text.trimEnd())
    // "~~old~~ **new**": a space keeps the two words apart when rendered.
    const apart = run.op === 'insert' && previous?.op === 'delete' && /^[\p{L}\p{N}]/u.test(run.text)
    const space = run.space || apart ? ' ' : ''
    previous = run
    out += run.op === 'delete' ? space + '~~' + text + '~~' : run.op === 'insert' ? space + '**' + text + '**' : space + text
  }
  return out
}

function markdownChange(change: Change, depth: number, options: DiffViewOptions, lines: string[]): void {
  const quote = '  '.repeat(depth)
  const edited = change.words.some((run) => run.op !== 'equal')
  const whole = change.kind === 'added' ? '**' + escapeMarkdown(plainText(change)) + '**' : change.kind === 'removed' ? '~~' + escapeMarkdown(plainText(change)) + '~~' : markdownRuns(change.words)
  const title = quote + '**' + escapeMarkdown(labelText(change)) + '** (' + escapeMarkdown(kindText(change)) + (!edited && change.kind !== 'added' && change.kind !== 'removed' && change.kind !== 'unchanged' ? ', text unchanged' : '') + ')'
  lines.push(title, '')
  if (edited || options.full || change.kind === 'added' || change.kind === 'removed') {
    if (whole) lines.push(quote + whole, '')
  }
  for (const note of change.notes) lines.push(quote + '- *' + escapeMarkdown(noteText(note)) + '*')
  if (change.notes.length) lines.push('')
  markdownItems(plan(change.subs, options), depth + 1, options, lines)
}

function markdownItems(items: Item[], depth: number, options: DiffViewOptions, lines: string[]): void {
  const quote = '  '.repeat(depth)
  for (const item of items) {
    if (item.type === 'change') markdownChange(item.change, depth, options, lines)
    else if (item.type === 'brief') lines.push(quote + '*' + escapeMarkdown(labelText(item.change)) + (item.change.kind === 'unchanged' ? ' unchanged' : ' ' + item.change.kind) + '*', '')
    else if (item.type === 'fold') lines.push(quote + '*' + escapeMarkdown(foldText(item.changes)) + '*', '')
    else lines.push(quote + '**' + escapeMarkdown(renumberedText(item.changes)) + '** (renumbered, text unchanged)', '')
  }
}

/** A redline to paste into an e-mail or a document: ~~deleted~~ **inserted**. */
export function markdown(result: DiffResult, options: DiffViewOptions): string[] {
  const lines = ['# ' + escapeMarkdown(options.names[0]) + ' -> ' + escapeMarkdown(options.names[1]), '']
  for (const change of result.header) {
    const value = change.field === 'sponsors' ? escapeMarkdown(headerText(change)) : '~~' + escapeMarkdown(change.old) + '~~ **' + escapeMarkdown(change.new) + '**'
    lines.push('- ' + headerNames[change.field] + ': ' + value)
  }
  if (result.header.length) lines.push('')
  if (!result.differs && result.changes.every((change) => !touched(change))) lines.push('*No differences.*', '')
  markdownItems(plan(result.changes, options), 0, options, lines)
  while (lines[lines.length - 1] === '') lines.pop()
  return lines
}
