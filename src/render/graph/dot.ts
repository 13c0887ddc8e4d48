/**
 * The citation graph in Graphviz DOT, the format the SVG is laid out from.
 *
 * Made to be read on one A3 page (src/render/graph/layout.ts): time runs
 * left to right in columns of years, each one rank (`newrank`, `rank=same`)
 * with its heading at its foot; the documents of the corpus are boxes grouped by organ
 * and session (a cluster per group and column); the symbols they only cite are small grey
 * boxes in a smaller font; citations are thin arrows from the citing
 * document to what it cites, ranked by nothing but the columns
 * (`constraint=false`), their words (phrase head and paragraphs) drawn on
 * small graphs and kept as a tooltip on large ones; a draft and the text
 * adopted on it are joined by a bold "adopted as" arrow. `size` scales a
 * picture larger than the page down to it.
 */
import type {GraphEdge, GraphNode, RefGraph} from '../../query/refs.js'
import {columns, fontSize, gap, isDocument, page} from './layout.js'
import {edgeLabel, nodeLines, plain} from './shared.js'

/** Edges drawn with their words when the graph has at most this many; beyond, the words are the edge's tooltip. */
export const labelledEdges = 60

/** Fill colours of the documents' groups, in the order the groups first appear. */
const groupFills = ['#dbe7fb', '#fbe0d6', '#dcf0dc', '#efe0f5', '#fcf1cc', '#d9f0f2']

/** A DOT double-quoted string. */
function dotString(text: string): string {
  return '"' + plain(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'
}

/** Inches, as Graphviz takes lengths, from points. */
function inches(points: number): string {
  return String(Math.round((points / 72) * 1000) / 1000)
}

/** How many citations point at each node. */
function citesOf(graph: RefGraph): Map<string, number> {
  const cites = new Map<string, number>()
  for (const edge of graph.edges) if (edge.relation === undefined) cites.set(edge.to, (cites.get(edge.to) ?? 0) + edge.count)
  return cites
}

/** The graph in Graphviz DOT: columns of years, documents of the corpus grouped and large, cited symbols small. */
export function graphDot(graph: RefGraph): string {
  const lines = [
    'digraph refs {',
    '  graph [rankdir=LR, newrank=true, concentrate=true, fontname="Helvetica", ranksep=' + inches(gap.column) + ', nodesep=' + inches(gap.node) +
      ', size="' + inches(page.width) + ',' + inches(page.height) + '", pad=0.1, tooltip="citation graph"];',
    '  node [fontname="Helvetica", fontsize=' + fontSize.cited + ', shape=box, style="rounded,filled", fillcolor="#f2f2f2", color="#b3b3b3", penwidth=0.5, width=0, height=0, margin="0.025,0.004"];',
    '  edge [fontname="Helvetica", fontsize=' + fontSize.cited + ', color="#4a5f8a70", penwidth=0.5, arrowsize=0.35];'
  ]
  const ids = new Set(graph.nodes.map((node) => node.id))
  // Column headings: ids no node of the graph has.
  let prefix = 'column '
  while (graph.nodes.some((node) => node.id.startsWith(prefix))) prefix = '_' + prefix
  const layout = columns(graph)
  layout.forEach((column, index) => {
    lines.push('  ' + dotString(prefix + (index + 1)) + ' [label=' + dotString(column.label) + ', class="column", shape=plaintext, style="", fontsize=' + fontSize.column + ', fontcolor="#555555"];')
  })
  if (layout.length > 1) lines.push('  ' + layout.map((_, index) => dotString(prefix + (index + 1))).join(' -> ') + ' [style=invis];')

  const cites = citesOf(graph)
  const node = (item: GraphNode, fill: string | undefined, indent: string): string => {
    const label = nodeLines(item).map((line) => dotString(line).slice(1, -1)).join('\\n')
    const attributes = ['label="' + label + '"']
    if (isDocument(item)) {
      attributes.push('fontsize=' + fontSize.document, 'fillcolor="' + (fill ?? groupFills[0]) + '"', 'color="#6b7fa8"', 'penwidth=0.8', 'margin="0.05,0.03"')
      attributes.push('tooltip=' + dotString(item.title ? item.file + ': ' + item.title : item.file!))
    } else {
      const count = cites.get(item.id) ?? 0
      attributes.push('tooltip=' + dotString(item.id + ': cited ' + count + (count === 1 ? ' time' : ' times')))
    }
    return indent + dotString(item.id) + ' [' + attributes.join(', ') + '];'
  }
  // The documents of the corpus, a cluster per group and column (a cluster across columns would
  // push the symbols of those columns above and below it); each group with its own fill.
  const columnOf = new Map<string, number>()
  layout.forEach((column, index) => {
    for (const id of column.ids) columnOf.set(id, index)
  })
  const fills = new Map<string, string>()
  const clusters = new Map<string, {group: string; members: GraphNode[]}>()
  for (const item of graph.nodes) {
    if (!isDocument(item) || item.group === undefined) continue
    if (!fills.has(item.group)) fills.set(item.group, groupFills[fills.size % groupFills.length]!)
    const key = item.group + '\u0000' + columnOf.get(item.id)!
    const cluster = clusters.get(key)
    if (cluster) cluster.members.push(item)
    else clusters.set(key, {group: item.group, members: [item]})
  }
  let index = 0
  for (const {group, members} of clusters.values()) {
    index++
    lines.push('  subgraph ' + dotString('cluster ' + index) + ' {')
    lines.push('    label=' + dotString(group) + '; tooltip=' + dotString(group) + '; labeljust=l; fontsize=' + fontSize.group + '; style="rounded,filled"; fillcolor="#fafbfd"; color="#9aa9c7"; penwidth=0.6;')
    for (const member of members) lines.push(node(member, fills.get(group), '    '))
    lines.push('  }')
  }
  for (const item of graph.nodes) if (!(isDocument(item) && item.group !== undefined)) lines.push(node(item, undefined, '  '))
  // Each column one rank, its heading with it (Graphviz draws the heading at its foot).
  layout.forEach((column, index) => {
    lines.push('  {rank=same; ' + [prefix + (index + 1), ...column.ids].map(dotString).join('; ') + ';}')
  })
  const labelled = graph.edges.length <= labelledEdges
  for (const edge of graph.edges) {
    if (!ids.has(edge.from) || !ids.has(edge.to)) continue
    lines.push('  ' + dotString(edge.from) + ' -> ' + dotString(edge.to) + ' [' + edgeAttributes(edge, labelled).join(', ') + '];')
  }
  lines.push('}')
  return lines.join('\n') + '\n'
}

/** An edge's attributes: its words as label or tooltip; an "adopted as" edge bold. */
function edgeAttributes(edge: GraphEdge, labelled: boolean): string[] {
  const words = dotString(edgeLabel(edge))
  const attributes = labelled || edge.relation !== undefined ? ['label=' + words] : []
  attributes.push('tooltip=' + dotString(edge.from + ' \u2192 ' + edge.to + ': ' + edgeLabel(edge)), 'constraint=false', 'weight=0')
  if (edge.relation !== undefined) attributes.push('color="#1f3b73"', 'penwidth=1.6', 'arrowsize=0.6', 'fontsize=' + fontSize.document)
  return attributes
}
