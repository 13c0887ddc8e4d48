/** The citation graph's edges as CSV, for a spreadsheet. */
import type {RefGraph} from '../../query/refs.js'
import {csv} from '../table.js'
import {plain} from './shared.js'

/** The graph's edges as CSV: source, target, head, labels (comma-separated), count. */
export function graphCsv(graph: RefGraph): string {
  return csv(
    ['source', 'target', 'head', 'labels', 'count'],
    graph.edges.map((edge) => [plain(edge.from), plain(edge.to), edge.head ?? '', plain(edge.labels.join(', ')), edge.count])
  )
}
