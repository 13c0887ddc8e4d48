/** The citation graph as a Mermaid flowchart, for Markdown that renders it (GitHub, GitLab). */
import type {RefGraph} from '../../query/refs.js'
import {edgeLabel, nodeLines, plain} from './shared.js'

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
