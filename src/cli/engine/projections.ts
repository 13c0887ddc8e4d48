/**
 * What a corpus command keeps of each parsed file, by name, so the work can
 * run in a worker thread and send back only the small result. Each entry
 * takes the parsed file and the command's options; the table's type says
 * what each projection takes and gives, so a message between threads is
 * checked like a call.
 */
import {citationRows, graphDocument, graphRow, type GraphDocument, type GraphRow, type RefRow} from '../../query/refs.js'
import {verbRows, type VerbRow, type VerbSelection} from '../../query/verbs.js'
import type {Resolution} from '../../tree.js'
import type {Parsed} from './corpus.js'

/** What `reso verbs` keeps of a file. */
export interface FileVerbs {
  symbol?: string
  rows: VerbRow[]
}

/** What `reso refs --graph` keeps of a file. */
export interface FileGraph {
  document: GraphDocument
  rows: GraphRow[]
}

export const projections = {
  /** The tree itself (for callers that need it whole). */
  tree: (parsed: Parsed, _options: Record<string, never>): Resolution => parsed.tree,
  /** `reso verbs`: the document's symbol and its rows. */
  verbs: (parsed: Parsed, options: {select: VerbSelection}): FileVerbs => ({
    ...(parsed.tree.symbol === undefined ? {} : {symbol: parsed.tree.symbol}),
    rows: verbRows(parsed.tree, {file: parsed.name, select: options.select})
  }),
  /** `reso refs`: the citation rows. */
  refs: (parsed: Parsed, _options: Record<string, never>): RefRow[] => citationRows(parsed.tree, parsed.name),
  /** `reso refs --graph`: what the graph needs of the document and of each citation. */
  graph: (parsed: Parsed, _options: Record<string, never>): FileGraph => ({
    document: graphDocument(parsed.tree),
    rows: citationRows(parsed.tree, parsed.name).map(graphRow)
  })
}

/** A projection's name. */
export type ProjectionName = keyof typeof projections
/** What a projection takes besides the file. */
export type ProjectionOptions<N extends ProjectionName> = Parameters<(typeof projections)[N]>[1]
/** What a projection gives. */
export type ProjectionResult<N extends ProjectionName> = ReturnType<(typeof projections)[N]>

/** Apply a projection by name (in a worker thread or in this one). */
export function project<N extends ProjectionName>(name: N, parsed: Parsed, options: ProjectionOptions<N>): ProjectionResult<N> {
  const run = projections[name] as (parsed: Parsed, options: ProjectionOptions<N>) => ProjectionResult<N>
  return run(parsed, options)
}
