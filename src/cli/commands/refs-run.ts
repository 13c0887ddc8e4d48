/** Runs `reso refs`: citation rows, distinct symbols, dangling references or the graph, over one file or a corpus. */
import {Chalk, type ChalkInstance} from 'chalk'
import {danglingRows, GraphBuilder, ofKinds, uniqueRefs, type RefRow} from '../../query/refs.js'
import {filterGraph} from '../../query/graph-filter.js'
import {danglingTable, jsonText, refsTable, uniqueTable} from '../../render/refs.js'
import {graphFormat} from '../../render/graph/index.js'
import type {CitationKind} from '../../tree.js'
import {print, warn, type Context} from '../engine/context.js'
import type {Output} from '../engine/output.js'
import {checkSvgSize} from '../engine/svg-size.js'
import {writeOut} from '../engine/write-out.js'
import {jobsOption, mapFiles} from '../engine/pool.js'
import {UserError} from '../engine/io.js'

export interface RefsCommandOptions {
  kind?: CitationKind[]
  unique?: boolean
  dangling?: boolean
  exitCode?: boolean
  /** A format of render/graph/index.ts (the option allows no other). */
  graph?: string
  out?: string
  json?: boolean
  jobs?: string
  /** `--focus SYMBOL`, `--depth N`, `--min-cites N`: the graph cut down (src/query/graph-filter.ts). */
  focus?: string
  depth?: string
  minCites?: string
}

/** A whole number from 1 for `name`, or a one-line usage error. */
function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) throw new UserError(name + ' must be a whole number from 1, not ' + JSON.stringify(value))
  return Number(value)
}

export async function run(files: string[], options: RefsCommandOptions, context: Context): Promise<void> {
  const several = files.length > 1
  const toFile = options.out !== undefined && options.out !== '-'
  const c: ChalkInstance = toFile ? new Chalk({level: 0}) : context.color
  let dangling = 0
  let read = 0
  const shown: RefRow[] = []
  const builder = options.graph ? new GraphBuilder() : undefined
  const filter = {focus: options.focus, depth: count('--depth', options.depth), minCites: count('--min-cites', options.minCites)}
  if (!builder && (filter.focus !== undefined || filter.depth !== undefined || filter.minCites !== undefined)) {
    throw new UserError('--focus, --depth and --min-cites cut the graph: use them with --graph <format>')
  }

  const jobs = {jobs: jobsOption(options.jobs)}
  if (builder) {
    // Worker threads send only what the graph needs of each citation.
    await mapFiles(files, context, 'graph', {}, ({name, result}) => {
      read++
      dangling += danglingRows(result.rows).length
      builder.addDocument(result.document, name, ofKinds(result.rows, options.kind))
    }, jobs)
  } else {
    await mapFiles(files, context, 'refs', {}, ({result}) => {
      read++
      const broken = danglingRows(result)
      dangling += broken.length
      for (const row of options.dangling ? broken : ofKinds(result, options.kind)) shown.push(row)
    }, jobs)
  }

  let output: string | Iterable<string>
  let table = false
  if (builder) {
    const whole = builder.graph()
    const graph = filterGraph(whole, {...(filter.focus === undefined ? {} : {focus: filter.focus.replace(/\s+/g, '')}), ...(filter.depth === undefined ? {} : {depth: filter.depth}), ...(filter.minCites === undefined ? {} : {minCites: filter.minCites})})
    if (!graph) throw new UserError('--focus ' + JSON.stringify(filter.focus) + ' is no node of the graph: give a symbol the files have or cite (as reso writes it: A/RES/78/234) or a file name')
    if (options.graph === 'svg') checkSvgSize(graph.nodes.length, graph.edges.length)
    output = await graphFormat(options.graph!)!.render(graph)
  } else if (options.unique) {
    const refs = uniqueRefs(shown)
    output = options.json ? jsonText(refs) : lines(uniqueTable(refs, c, {files: several}), refs.length)
    table = !options.json
    if (refs.length === 0 && read > 0) warn(context, 'reso: no symbols cited')
  } else if (options.dangling) {
    output = options.json ? jsonText(shown) : lines(danglingTable(shown, c, {files: several}), shown.length)
    table = !options.json
  } else {
    output = options.json ? jsonText(shown) : lines(refsTable(shown, c, {files: several}), shown.length)
    table = !options.json
    if (shown.length === 0 && read > 0) warn(context, 'reso: no citations found')
  }
  if (options.dangling && dangling === 0 && read > 0) warn(context, 'reso: no dangling references')

  // Set before the output, which a reader that goes away can cut short.
  if (options.exitCode && dangling > 0 && context.exitCode === 0) context.exitCode = 1

  if (toFile) {
    await writeOut(options.out!, output)
  } else if (typeof output !== 'string') {
    await writeAll(context.stdout, output)
  } else if (output !== '') {
    if (table) print(context, output.slice(0, -1))
    else context.stdout.write(output)
  }
}

/** Write chunks of text to stdout, waiting whenever it asks to (memory stays bounded). */
async function writeAll(stream: Output, output: Iterable<string>): Promise<void> {
  for (const chunk of output) {
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve))
  }
}

/** Table lines as text with a final newline; nothing when there are no rows (not even the header). */
function lines(table: string[], count: number): string {
  return count === 0 ? '' : table.join('\n') + '\n'
}
