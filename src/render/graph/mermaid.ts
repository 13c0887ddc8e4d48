/**
 * The citation graph as a Mermaid flowchart, for Markdown that renders it
 * (GitHub, GitLab). Mermaid has no ranks to put years in columns; drawn
 * right to left (`flowchart RL`), a cited symbol stands left of the document
 * citing it, so older texts still read left of newer ones. The documents of
 * the corpus are rectangles in a subgraph per group (organ and session, as
 * in the DOT); cited symbols are small stadiums (class `cited`).
 */
import type {GraphNode, RefGraph} from '../../query/refs.js'
import {isDocument} from './layout.js'
import {edgeLabel, nodeLines, plain} from './shared.js'

/** Text inside a quoted Mermaid label: quotes, markup and entity starts written as entity codes. */
function mermaidString(text: string): string {
  return plain(text).replace(/[#"<>|`&]/g, (character) => '#' + character.charCodeAt(0) + ';')
}

/** The graph as a Mermaid flowchart: documents of the corpus as rectangles grouped by organ and session, cited symbols as small stadiums. */
export function graphMermaid(graph: RefGraph): string {
  const ids = new Map<string, string>()
  graph.nodes.forEach((node, index) => ids.set(node.id, 'n' + index))
  const statement = (node: GraphNode): string => {
    const label = '"' + nodeLines(node).map(mermaidString).join('<br/>') + '"'
    return ids.get(node.id)! + (isDocument(node) ? '[' + label + ']' : '([' + label + '])')
  }
  const lines = ['flowchart RL']
  const groups = new Map<string, GraphNode[]>()
  for (const node of graph.nodes) {
    if (isDocument(node) && node.group !== undefined) {
      const members = groups.get(node.group)
      if (members) members.push(node)
      else groups.set(node.group, [node])
    } else {
      lines.push('  ' + statement(node))
    }
  }
  let index = 0
  for (const [group, members] of groups) {
    lines.push('  subgraph g' + index++ + '["' + mermaidString(group) + '"]')
    for (const member of members) lines.push('    ' + statement(member))
    lines.push('  end')
  }
  for (const edge of graph.edges) {
    lines.push('  ' + ids.get(edge.from)! + ' -->|"' + mermaidString(edgeLabel(edge)) + '"| ' + ids.get(edge.to)!)
  }
  const corpus = graph.nodes.filter(isDocument).map((node) => ids.get(node.id)!)
  if (corpus.length > 0) {
    lines.push('  classDef corpus fill:#e8f0fe,stroke:#4a6fa5')
    lines.push('  class ' + corpus.join(',') + ' corpus')
  }
  const cited = graph.nodes.filter((node) => !isDocument(node)).map((node) => ids.get(node.id)!)
  if (cited.length > 0) {
    lines.push('  classDef cited font-size:10px,fill:#f2f2f2,stroke:#b3b3b3')
    lines.push('  class ' + cited.join(',') + ' cited')
  }
  return lines.join('\n') + '\n'
}
