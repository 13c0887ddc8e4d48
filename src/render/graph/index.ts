/**
 * The formats of the citation graph (`reso refs --graph <format>`). The
 * table below is the only list of them: the option takes its choices from
 * it and the command writes the chosen format through it.
 *
 * Adding a format is one file and one table row: write the format as a
 * module here (a function from the graph to its text, whole or in chunks;
 * `shared.ts` holds the words on nodes and edges and makes input text safe),
 * then list it in `graphFormats`.
 */
import type {RefGraph} from '../../query/refs.js'
import {graphCsv} from './csv.js'
import {graphDot} from './dot.js'
import {graphJsonChunks} from './json.js'
import {graphMermaid} from './mermaid.js'
import {graphSvg} from './svg.js'

/** One format of the graph. */
export interface GraphFormat {
  /** Its name, the value of `--graph`. */
  name: string
  /** The graph in this format: the whole text, or chunks written one by one (a large graph is never one string). */
  render: (graph: RefGraph) => string | Iterable<string> | Promise<string>
}

/** Every format, in the order the help text lists them. */
export const graphFormats: readonly GraphFormat[] = [
  {name: 'dot', render: graphDot},
  {name: 'mermaid', render: graphMermaid},
  {name: 'json', render: graphJsonChunks},
  {name: 'csv', render: graphCsv},
  {name: 'svg', render: graphSvg}
]

/** The format of that name. */
export function graphFormat(name: string): GraphFormat | undefined {
  return graphFormats.find((format) => format.name === name)
}
