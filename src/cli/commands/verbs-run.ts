/**
 * Running `reso verbs`: files are read and parsed a few at a time; rows are
 * printed file by file as they come (JSON as one array streamed, CSV with
 * one header), and `--count` keeps only a running tally, so memory stays
 * bounded however large the corpus.
 */
import {createTally, type CountBy, type VerbSelection} from '../../query/verbs.js'
import {verbCountCsv, verbCountTable, verbsCsv, verbsHeading, verbsTable} from '../../render/verbs.js'
import {print, type Context} from '../engine/context.js'
import {jobsOption, mapFiles, type Mapped} from '../engine/pool.js'
import type {FileVerbs} from '../engine/projections.js'
import {safeJson, streamJsonArray} from '../../render/json.js'

export interface VerbsCommandOptions {
  preamble?: boolean
  all?: boolean
  count?: boolean
  by?: CountBy
  json?: boolean
  csv?: boolean
  jobs?: string
}

/** Each file's rows, on every core, in file order. */
function eachFile(
  files: string[],
  select: VerbSelection,
  options: VerbsCommandOptions,
  context: Context,
  each: (mapped: Mapped<FileVerbs>, index: number) => void
): Promise<void> {
  return mapFiles(files, context, 'verbs', {select}, each, {jobs: jobsOption(options.jobs)})
}

export async function run(files: string[], options: VerbsCommandOptions, context: Context): Promise<void> {
  const select: VerbSelection = options.all ? 'all' : options.preamble ? 'preambular' : 'operative'
  if (options.count) return count(files, select, options, context)
  if (options.json) return listJson(files, select, options, context)
  if (options.csv) {
    context.stdout.write(verbsCsv([], true))
    await eachFile(files, select, options, context, ({result}) => {
      context.stdout.write(verbsCsv(result.rows, false))
    })
    return
  }
  const grouped = files.length > 1
  let shown = 0
  await eachFile(files, select, options, context, ({name, result}) => {
    const lines = verbsTable(result.rows, context.color, context.width)
    if (grouped) lines.unshift(...(shown > 0 ? [''] : []), verbsHeading(name, result.symbol, context.color))
    shown++
    print(context, lines.join('\n'))
  })
}

/** Stream one JSON array, element by element, closed even when the run fails midway. */
async function listJson(files: string[], select: VerbSelection, options: VerbsCommandOptions, context: Context): Promise<void> {
  await streamJsonArray(context.stdout, (add) =>
    eachFile(files, select, options, context, ({result}) => {
      for (const row of result.rows) add(row)
    })
  )
}

async function count(files: string[], select: VerbSelection, options: VerbsCommandOptions, context: Context): Promise<void> {
  const by = options.by ?? 'head'
  const tally = createTally(by)
  let read = 0
  await eachFile(files, select, options, context, ({result}) => {
    tally.add(result.rows)
    read++
  })
  const counts = tally.result()
  if (options.json) context.stdout.write(safeJson(counts) + '\n')
  else if (options.csv) context.stdout.write(verbCountCsv(counts, by))
  else print(context, verbCountTable(counts, context.color, {by, files: read > 1, width: context.width}).join('\n'))
}

