/**
 * `reso verbs` for people and spreadsheets: a table of rows per file (under
 * the file's name and symbol when there are several), a frequency table with
 * a bar per line, and CSV for both. Drawn from the very objects `--json`
 * prints; no analysis here.
 */
import type {ChalkInstance} from 'chalk'
import type {Strength} from '../lexicon/index.js'
import type {CountBy, VerbCount, VerbRow} from '../query/verbs.js'
import {escapeControl as esc} from './escape.js'
import {csvField, table, type Column} from './table.js'
import {maxOf} from '../array.js'

/** Shown in the strength column of a "decide" row under Chapter VII. */
export const chapterVIIMarker = '(Chapter VII)'

/** Shown for a paragraph that opens with no recognised phrase. */
export const noPhrase = '(no phrase)'

function strengthText(strength: Strength | null, chapterVII: boolean): string {
  if (strength === null) return ''
  return chapterVII ? strength + ' ' + chapterVIIMarker : strength
}

function strengthStyle(c: ChalkInstance, strength: Strength | null): (text: string) => string {
  switch (strength) {
    case 'binding':
      return c.red.bold
    case 'urging':
      return c.magenta
    case 'recommending':
      return c.blue
    case 'declaratory':
      return (text) => text
    case 'acknowledging':
      return c.green
    case 'unknown':
      return c.yellow
    default:
      return c.dim
  }
}

/** Room left for the last column once the others are laid out (two spaces between columns). */
function room(width: number, columns: Column[], rows: string[][], last: number, minimum: number): number {
  let used = 0
  for (let index = 0; index < last; index++) {
    used += maxOf(rows.map((row) => (row[index] ?? '').length), columns[index]!.title.length) + 2
  }
  return Math.max(minimum, width - used)
}

/** A heading above one file's rows: its name, and its symbol when the header gives one. */
export function verbsHeading(file: string, symbol: string | undefined, c: ChalkInstance): string {
  return c.bold(esc(file)) + (symbol ? '  ' + c.dim(esc(symbol)) : '')
}

/** One file's rows as a table, fitted to `width` by cutting the object's first words. */
export function verbsTable(rows: readonly VerbRow[], c: ChalkInstance, width = 100): string[] {
  if (rows.length === 0) return [c.dim('(no paragraphs)')]
  const cells = rows.map((row) => [
    row.line === null ? '' : String(row.line),
    row.label,
    row.phrase ?? noPhrase,
    row.head ?? '',
    row.modifiers.join(', '),
    strengthText(row.strength, row.chapterVII),
    row.object
  ])
  const columns: Column[] = [
    {title: 'LINE', right: true},
    {title: 'LABEL'},
    {title: 'PHRASE', max: 40},
    {title: 'HEAD', max: 30},
    {title: 'MODIFIERS', max: 24},
    {title: 'STRENGTH'},
    {title: 'OBJECT'}
  ]
  columns[6]!.max = room(width, columns, cells.map((row) => row.map((cell, index) => clipped(cell, columns[index]!.max))), 6, 24)
  return table(columns, cells, {
    header: (text) => c.dim(text),
    cell(text, column, index) {
      const row = rows[index]!
      if (column === 1) return c.cyan(text)
      if (column === 2) return row.phrase === null ? c.dim(text) : row.known ? c.bold(text) : c.bold.yellow(text)
      if (column === 5) return strengthStyle(c, row.strength)(text)
      if (column === 6) return c.dim(text)
      return text
    }
  })
}

function clipped(text: string, max: number | undefined): string {
  return max === undefined || text.length <= max ? text : text.slice(0, max)
}

const eighths = ['', '\u258f', '\u258e', '\u258d', '\u258c', '\u258b', '\u258a', '\u2589']

/** A bar of `value / most` of `length` cells, in eighths of a cell; never empty for a value above 0. */
export function bar(value: number, most: number, length: number): string {
  if (most <= 0 || value <= 0) return ''
  const units = Math.max(1, Math.round((value / most) * length * 8))
  return '\u2588'.repeat(Math.floor(units / 8)) + eighths[units % 8]!
}

export interface VerbCountTableOptions {
  /** What was counted. */
  by: CountBy
  /** Show how many files each line occurs in (useful with several files). */
  files?: boolean
  /** Width to fit the bars into. */
  width?: number
}

/** A frequency table, most frequent first as given, with a bar per line. */
export function verbCountTable(counts: readonly VerbCount[], c: ChalkInstance, options: VerbCountTableOptions): string[] {
  if (counts.length === 0) return [c.dim('(no paragraphs)')]
  const showFiles = options.files ?? false
  const columns: Column[] = [{title: 'COUNT', right: true}]
  if (showFiles) columns.push({title: 'FILES', right: true})
  columns.push({title: options.by === 'head' ? 'HEAD' : 'PHRASE', max: 40})
  if (options.by === 'phrase') columns.push({title: 'HEAD', max: 30})
  columns.push({title: 'STRENGTH'}, {title: ''})
  const cells = counts.map((entry) => {
    const row = [String(entry.count)]
    if (showFiles) row.push(String(entry.files))
    row.push(entry.value ?? noPhrase)
    if (options.by === 'phrase') row.push(entry.head ?? '')
    row.push(strengthText(entry.strength, false))
    return row
  })
  const last = columns.length - 1
  const length = Math.min(40, room(options.width ?? 100, columns, cells.map((row) => row.map((cell, index) => clipped(cell, columns[index]!.max))), last, 10))
  const most = maxOf(counts.map((entry) => entry.count))
  counts.forEach((entry, index) => cells[index]!.push(bar(entry.count, most, length)))
  const valueColumn = showFiles ? 2 : 1
  const strengthColumn = last - 1
  return table(columns, cells, {
    header: (text) => c.dim(text),
    cell(text, column, index) {
      const entry = counts[index]!
      if (column === valueColumn) return entry.value === null ? c.dim(text) : c.bold(text)
      if (column === strengthColumn || column === last) return strengthStyle(c, entry.strength)(text)
      return text
    }
  })
}

/** A CSV field from input text: control characters escaped (CSV is often read on a terminal), then quoted. */
function field(value: string | number | boolean | null | undefined): string {
  return csvField(typeof value === 'string' ? esc(value) : value)
}

/** The CSV header of verb rows. */
export const verbsCsvHeader = ['file', 'symbol', 'label', 'kind', 'phrase', 'head', 'modifiers', 'strength', 'chapter_vii', 'known', 'line', 'column', 'object']

/** Verb rows as CSV lines (RFC 4180, CRLF), with the header when asked; modifiers joined by "; ". */
export function verbsCsv(rows: readonly VerbRow[], header: boolean): string {
  const lines = rows.map((row) =>
    [row.file, row.symbol, row.label, row.kind, row.phrase, row.head, row.modifiers.join('; '), row.strength, row.chapterVII, row.known, row.line, row.column, row.object]
      .map(field)
      .join(',')
  )
  if (header) lines.unshift(verbsCsvHeader.join(','))
  return lines.map((line) => line + '\r\n').join('')
}

/** A frequency table as CSV. */
export function verbCountCsv(counts: readonly VerbCount[], by: CountBy): string {
  const lines = [(by === 'head' ? ['head', 'strength', 'count', 'files'] : ['phrase', 'head', 'strength', 'count', 'files']).join(',')]
  for (const entry of counts) {
    const values = by === 'head' ? [entry.value, entry.strength, entry.count, entry.files] : [entry.value, entry.head, entry.strength, entry.count, entry.files]
    lines.push(values.map(field).join(','))
  }
  return lines.map((line) => line + '\r\n').join('')
}
