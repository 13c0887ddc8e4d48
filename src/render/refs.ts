/**
 * `reso refs` tables: the citations, the distinct symbols, the dangling
 * references (the citation graph's formats are in `./graph/`).
 * Renderers draw what `src/query/refs.ts` computed; they do no analysis.
 */
import type {ChalkInstance} from 'chalk'
import type {RefRow, UniqueRef} from '../query/refs.js'
import {table, type Column} from './table.js'
import {safeJson} from './json.js'

/** JSON, indented, with the characters a terminal would obey written as \u escapes (same value). */
export function jsonText(value: unknown): string {
  return safeJson(value) + '\n'
}

/** What a row points at, in words: "A/RES/74/247", "article 57, paragraph 5 (g) of the Convention", "-> OP5, OP6". */
export function pointsAt(row: RefRow): string {
  if (row.kind === 'internal') {
    if (row.refersTo === 'document') return 'this resolution'
    const targets = row.targets && row.targets.length > 0 ? row.targets.join(', ') : 'nothing'
    return '-> ' + targets + (row.missing && row.missing.length > 0 ? '; ' + row.missing.join(', ') + ' missing' : '')
  }
  if (row.kind === 'article') {
    return 'article ' + (row.article ?? '?') + (row.pinpoint ? ', ' + row.pinpoint : '') + (row.instrument ? ' of ' + row.instrument : '')
  }
  if (row.symbol === undefined) return '?'
  return row.symbol + (row.pinpoint ? ', ' + row.pinpoint : '')
}

function where(row: RefRow): string {
  return row.label + (row.via !== undefined ? ' (' + row.via + ')' : '')
}

function isDangling(row: RefRow): boolean {
  return row.missing !== undefined && row.missing.length > 0
}

/** One line per citation: label, line:column, kind, what it points at, date, phrase, text as written. */
export function refsTable(rows: readonly RefRow[], c: ChalkInstance, options: {files: boolean}): string[] {
  const columns: Column[] = [
    ...(options.files ? [{title: 'file'}] : []),
    {title: 'label'},
    {title: 'line:col'},
    {title: 'kind'},
    {title: 'cites', max: 48},
    {title: 'date'},
    {title: 'phrase', max: 24},
    {title: 'text', max: 48}
  ]
  const offset = options.files ? 1 : 0
  const cells = rows.map((row) => [
    ...(options.files ? [row.file] : []),
    where(row),
    row.line + ':' + row.column,
    row.kind,
    pointsAt(row),
    row.date ?? '',
    row.phrase ?? '',
    row.text
  ])
  return table(columns, cells, {
    header: (text) => c.bold(text),
    cell: (text, column, index) => {
      if (column === offset) return c.cyan(text)
      if (column === offset + 1) return c.dim(text)
      if (column === offset + 3) return isDangling(rows[index]!) ? c.red(text) : c.green(text)
      return text
    }
  })
}

/** One line per distinct symbol or article: count (and files), kind, name, date, the places citing it. */
export function uniqueTable(refs: readonly UniqueRef[], c: ChalkInstance, options: {files: boolean}): string[] {
  const columns: Column[] = [
    {title: 'count', right: true},
    ...(options.files ? [{title: 'files', right: true}] : []),
    {title: 'kind'},
    {title: 'cited', max: 48},
    {title: 'date'},
    {title: 'cited by', max: 72}
  ]
  const offset = options.files ? 1 : 0
  const cells = refs.map((ref) => [
    String(ref.count),
    ...(options.files ? [String(new Set(ref.citedBy.map((place) => place.file)).size)] : []),
    ref.kind,
    ref.name,
    ref.date ?? '',
    citedBy(ref, options.files)
  ])
  return table(columns, cells, {
    header: (text) => c.bold(text),
    cell: (text, column) => (column === offset + 2 ? c.green(text) : column === offset + 4 ? c.cyan(text) : text)
  })
}

/** "PP1, OP5, OP6", or with files "a.md: PP1, OP5; b.txt: OP2". */
function citedBy(ref: UniqueRef, files: boolean): string {
  if (!files) return unique(ref.citedBy.map((place) => place.label)).join(', ')
  const byFile = new Map<string, string[]>()
  for (const place of ref.citedBy) {
    let labels = byFile.get(place.file)
    if (!labels) byFile.set(place.file, (labels = []))
    labels.push(place.label)
  }
  return [...byFile].map(([file, labels]) => file + ': ' + unique(labels).join(', ')).join('; ')
}

function unique(items: string[]): string[] {
  return [...new Set(items)]
}

/** One line per dangling reference: label, line:column, the reference, what exists, what is missing. */
export function danglingTable(rows: readonly RefRow[], c: ChalkInstance, options: {files: boolean}): string[] {
  const columns: Column[] = [
    ...(options.files ? [{title: 'file'}] : []),
    {title: 'label'},
    {title: 'line:col'},
    {title: 'reference', max: 60},
    {title: 'found'},
    {title: 'missing'}
  ]
  const offset = options.files ? 1 : 0
  const cells = rows.map((row) => [
    ...(options.files ? [row.file] : []),
    row.label,
    row.line + ':' + row.column,
    row.text,
    row.targets && row.targets.length > 0 ? row.targets.join(', ') : '-',
    (row.missing ?? []).join(', ')
  ])
  return table(columns, cells, {
    header: (text) => c.bold(text),
    cell: (text, column) => (column === offset ? c.cyan(text) : column === offset + 4 ? c.red(text) : text)
  })
}
