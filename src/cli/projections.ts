/**
 * What a corpus command keeps of each parsed file, by name, so the work can
 * run in a worker thread and send back only the small result. Each entry
 * takes the parsed file and the command's (JSON) options.
 */
import {citationRows, graphDocument, graphRow} from '../query/refs.js'
import {verbRows, type VerbSelection} from '../query/verbs.js'
import type {Parsed} from './corpus.js'

export type Projection = (parsed: Parsed, options: Record<string, unknown>) => unknown

export const projections: Record<string, Projection> = {
  /** The tree itself (for callers that need it whole). */
  tree: (parsed) => parsed.tree,
  /** `reso verbs`: the document's symbol and its rows. */
  verbs: (parsed, options) => ({
    symbol: parsed.tree.symbol,
    rows: verbRows(parsed.tree, {file: parsed.name, select: options.select as VerbSelection})
  }),
  /** `reso refs`: the citation rows. */
  refs: (parsed) => citationRows(parsed.tree, parsed.name),
  /** `reso refs --graph`: what the graph needs of the document and of each citation. */
  graph: (parsed) => ({
    document: graphDocument(parsed.tree),
    rows: citationRows(parsed.tree, parsed.name).map(graphRow)
  })
}
