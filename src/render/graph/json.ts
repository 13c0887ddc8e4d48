/** The citation graph as JSON: {nodes, edges}, the objects the other formats draw. */
import type {RefGraph} from '../../query/refs.js'
import {safeJson} from '../json.js'

/**
 * The graph as JSON piece by piece (a node or an edge at a time), so a
 * large graph is written without first being held as one string.
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
