/**
 * Cut the citation graph down to what a reader asked for: the neighbourhood
 * of one resolution (`--focus SYMBOL --depth N`: the nodes at most N edges
 * away, whichever way the edges point) and what is cited often enough
 * (`--min-cites N`: a cited symbol that is no document of the corpus stays
 * only when N or more citations point at it; the documents always stay).
 * Both keep the edges whose two ends stay. Every format draws the result.
 */
import type {RefGraph} from './refs.js'

export interface GraphFilter {
  /** The node to centre on: a symbol ("A/RES/78/234") or a file name. */
  focus?: string
  /** How many edges away from `focus` to keep (1 when not given). */
  depth?: number
  /** The fewest citations a cited-only symbol needs to stay. */
  minCites?: number
}

/** The graph cut by `filter`; undefined when `focus` names no node of it. */
export function filterGraph(graph: RefGraph, filter: GraphFilter): RefGraph | undefined {
  let {nodes, edges} = graph
  if (filter.minCites !== undefined && filter.minCites > 1) {
    const cites = new Map<string, number>()
    for (const edge of edges) cites.set(edge.to, (cites.get(edge.to) ?? 0) + edge.count)
    const keep = new Set(nodes.filter((node) => node.file !== undefined || (cites.get(node.id) ?? 0) >= filter.minCites!).map((node) => node.id))
    nodes = nodes.filter((node) => keep.has(node.id))
    edges = edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to))
  }
  if (filter.focus !== undefined) {
    if (!nodes.some((node) => node.id === filter.focus)) return undefined
    const neighbours = new Map<string, string[]>()
    for (const edge of edges) {
      neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to])
      neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from])
    }
    // Breadth first, one ring at a time (no recursion).
    const reached = new Set([filter.focus])
    let ring = [filter.focus]
    for (let step = 0; step < (filter.depth ?? 1) && ring.length > 0; step++) {
      const next: string[] = []
      for (const id of ring) for (const other of neighbours.get(id) ?? []) if (!reached.has(other)) {
        reached.add(other)
        next.push(other)
      }
      ring = next
    }
    nodes = nodes.filter((node) => reached.has(node.id))
    edges = edges.filter((edge) => reached.has(edge.from) && reached.has(edge.to))
  }
  return {nodes, edges}
}
