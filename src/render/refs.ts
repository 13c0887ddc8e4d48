/**
 * `reso refs` views: the citation table, the distinct symbols, the dangling
 * references, and the citation graph as Graphviz DOT, Mermaid, CSV, JSON or
 * SVG (DOT laid out by Graphviz compiled to WebAssembly, `@viz-js/viz`).
 * Renderers draw what `src/query/refs.ts` computed; they do no analysis.
 */
import {createRequire} from 'node:module'
import type {ChalkInstance} from 'chalk'
import type {GraphEdge, GraphNode, RefGraph, RefRow, UniqueRef} from '../query/refs.js'
import {firstWords} from '../query/paragraphs.js'
import {escapeControl} from './escape.js'
import {csv, table, type Column} from './table.js'
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

/** The text on an edge: its phrase head and the citing labels, "recall: PP1", "decide: OP5, OP6". */
export function edgeLabel(edge: GraphEdge): string {
  return (edge.head ? edge.head + ': ' : '') + edge.labels.join(', ')
}

/** The text in a node: its id, and for a document of the corpus the first words of its title. */
export function nodeLines(node: GraphNode): string[] {
  return node.file !== undefined && node.title ? [node.id, firstWords(node.title, 6)] : [node.id]
}

/** Input text made safe for a graph format: no control characters, whitespace collapsed. */
function plain(text: string): string {
  return escapeControl(text).replace(/\s+/g, ' ')
}

/** A DOT double-quoted string. */
function dotString(text: string): string {
  return '"' + plain(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'
}

/** The graph in Graphviz DOT: documents of the corpus as boxes, cited symbols as ellipses. */
export function graphDot(graph: RefGraph): string {
  const lines = [
    'digraph refs {',
    '  graph [rankdir=LR, fontname="Helvetica"];',
    '  node [fontname="Helvetica", fontsize=10, shape=ellipse];',
    '  edge [fontname="Helvetica", fontsize=9];'
  ]
  for (const node of graph.nodes) {
    const label = nodeLines(node).map((line) => dotString(line).slice(1, -1)).join('\\n')
    const attributes = ['label="' + label + '"']
    if (node.file !== undefined) {
      attributes.push('shape=box', 'style="rounded,filled"', 'fillcolor="#e8f0fe"')
      attributes.push('tooltip=' + dotString(node.title ? node.file + ': ' + node.title : node.file))
    }
    lines.push('  ' + dotString(node.id) + ' [' + attributes.join(', ') + '];')
  }
  for (const edge of graph.edges) {
    lines.push('  ' + dotString(edge.from) + ' -> ' + dotString(edge.to) + ' [label=' + dotString(edgeLabel(edge)) + '];')
  }
  lines.push('}')
  return lines.join('\n') + '\n'
}

/** Text inside a quoted Mermaid label: quotes, markup and entity starts written as entity codes. */
function mermaidString(text: string): string {
  return plain(text).replace(/[#"<>|`&]/g, (character) => '#' + character.charCodeAt(0) + ';')
}

/** The graph as a Mermaid flowchart: documents of the corpus as rectangles, cited symbols as stadiums. */
export function graphMermaid(graph: RefGraph): string {
  const ids = new Map<string, string>()
  const lines = ['flowchart LR']
  graph.nodes.forEach((node, index) => {
    const id = 'n' + index
    ids.set(node.id, id)
    const label = '"' + nodeLines(node).map(mermaidString).join('<br/>') + '"'
    lines.push('  ' + id + (node.file !== undefined ? '[' + label + ']' : '([' + label + '])'))
  })
  for (const edge of graph.edges) {
    lines.push('  ' + ids.get(edge.from)! + ' -->|"' + mermaidString(edgeLabel(edge)) + '"| ' + ids.get(edge.to)!)
  }
  const corpus = graph.nodes.filter((node) => node.file !== undefined).map((node) => ids.get(node.id)!)
  if (corpus.length > 0) {
    lines.push('  classDef corpus fill:#e8f0fe,stroke:#4a6fa5')
    lines.push('  class ' + corpus.join(',') + ' corpus')
  }
  return lines.join('\n') + '\n'
}

/** The graph's edges as CSV: source, target, head, labels (comma-separated), count. */
export function graphCsv(graph: RefGraph): string {
  return csv(
    ['source', 'target', 'head', 'labels', 'count'],
    graph.edges.map((edge) => [plain(edge.from), plain(edge.to), edge.head ?? '', plain(edge.labels.join(', ')), edge.count])
  )
}

/** The graph as JSON: {nodes, edges}, the objects the other formats draw. */
/**
 * The same JSON piece by piece (a node or an edge at a time), so a large
 * graph is written without first being held as one string.
 */
export function* graphJsonChunks(graph: RefGraph): Generator<string> {
  yield '{\n'
  for (const [index, key] of (['nodes', 'edges'] as const).entries()) {
    const items: readonly unknown[] = graph[key]
    const comma = index === 0 ? ',' : ''
    if (items.length === 0) {
      yield '  "' + key + '": []' + comma + '\n'
      continue
    }
    yield '  "' + key + '": [\n'
    for (let item = 0; item < items.length; item++) {
      yield '    ' + safeJson(items[item]).replace(/\n/g, '\n    ') + (item < items.length - 1 ? ',\n' : '\n')
    }
    yield '  ]' + comma + '\n'
  }
  yield '}\n'
}

/** The graph as SVG, laid out by Graphviz compiled to WebAssembly (no system install needed). */
export async function graphSvg(graph: RefGraph): Promise<string> {
  // Required (its CommonJS build), not imported: the program runs as a V8
  // script from its code cache, where Node 20 cannot answer an import().
  const {instance} = createRequire(import.meta.url)('@viz-js/viz') as typeof import('@viz-js/viz')
  const viz = await instance()
  return viz.renderString(graphDot(graph), {format: 'svg', engine: 'dot'})
}
