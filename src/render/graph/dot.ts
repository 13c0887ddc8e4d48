/** The citation graph in Graphviz DOT, the format the SVG is laid out from. */
import type {RefGraph} from '../../query/refs.js'
import {edgeLabel, nodeLines, plain} from './shared.js'

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
