/** The citation graph as SVG: the DOT laid out by Graphviz compiled to WebAssembly (`@viz-js/viz`). */
import {createRequire} from 'node:module'
import type {RefGraph} from '../../query/refs.js'
import {graphDot} from './dot.js'

/** The graph as SVG, laid out by Graphviz compiled to WebAssembly (no system install needed). */
export async function graphSvg(graph: RefGraph): Promise<string> {
  // Required (its CommonJS build), not imported: the program runs as a V8
  // script from its code cache, where Node 20 cannot answer an import().
  const {instance} = createRequire(import.meta.url)('@viz-js/viz') as typeof import('@viz-js/viz')
  const viz = await instance()
  return viz.renderString(graphDot(graph), {format: 'svg', engine: 'dot'})
}
