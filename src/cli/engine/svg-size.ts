/** A citation graph too large for Graphviz to draw as SVG is refused with what to do instead. */
import {UserError} from './io.js'

/**
 * The largest graph drawn as SVG. Graphviz (WebAssembly) lays out 2,700
 * nodes in minutes on two busy cores, 8,000-12,000 in 45-52 s on a quiet
 * machine, and overflows its stack near 20,000 (issue 17). Laid out in
 * columns of years (render/graph/layout.ts), a citation spanning columns
 * costs Graphviz a virtual node in each: 835 nodes and 965 edges (the
 * shared corpus) take 4 s with parsing, 1,130 and 2,039 take 21 s of CPU, 1,468 and
 * 2,504 take 56 s (two busy cores).
 */
export const svgLimit = {nodes: 1500, edges: 3000}

/** Refuse, with what to do instead, a graph too large to draw as SVG. */
export function checkSvgSize(nodes: number, edges: number): void {
  if (nodes <= svgLimit.nodes && edges <= svgLimit.edges) return
  throw new UserError(
    'the graph has ' + nodes + ' nodes and ' + edges + ' edges, more than Graphviz draws as SVG in reasonable time (' + svgLimit.nodes + ' nodes, ' + svgLimit.edges +
      ' edges); give fewer files, or write --graph dot and lay it out with Graphviz (sfdp -Tsvg)'
  )
}
