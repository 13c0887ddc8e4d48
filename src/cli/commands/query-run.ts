/**
 * Running `reso query`: the selector is checked once, before any file is
 * read; files are parsed a few at a time. The table keeps only each match's
 * text and position (the trees are let go file by file), `--json` streams
 * one array of whole nodes, and `--count` keeps one number per file.
 */
import {checkSelector, select, SelectorError} from '../../query/select.js'
import {queryCountTable, queryTable, selectorError, type QueryCount, type QueryHit} from '../../render/query.js'
import {print, type Context} from '../engine/context.js'
import {forEachFile} from '../engine/corpus.js'
import {safeJson, streamJsonArray} from '../../render/json.js'

export interface QueryCommandOptions {
  json?: boolean
  count?: boolean
  exitCode?: boolean
}

export async function run(selector: string, files: string[], options: QueryCommandOptions, context: Context): Promise<void> {
  try {
    checkSelector(selector)
  } catch (error) {
    if (!(error instanceof SelectorError)) throw error
    context.stderr.write(selectorError(error, context.colorErr).join('\n') + '\n')
    context.exitCode = 2
    return
  }
  let matched = 0
  if (options.count) {
    const counts: QueryCount[] = []
    await forEachFile(files, context, ({name, tree}) => {
      const count = select(selector, tree).length
      matched += count
      counts.push({file: name, count})
    })
    if (options.json) context.stdout.write(safeJson(counts) + '\n')
    else if (counts.length > 0) print(context, queryCountTable(counts, context.color).join('\n'))
  } else if (options.json) {
    matched = await listJson(selector, files, context)
  } else {
    const hits: QueryHit[] = []
    await forEachFile(files, context, ({name, tree}) => {
      for (const {label, text, node} of select(selector, tree)) {
        hits.push({file: name, label, text, node: {type: node.type, position: node.position}})
      }
    })
    matched = hits.length
    if (hits.length > 0) print(context, queryTable(hits, context.color, context.width).join('\n'))
  }
  if (options.exitCode && matched === 0 && context.exitCode === 0) context.exitCode = 1
}

/** Stream one JSON array of {file, label, text, node}, closed even when the run fails midway. */
async function listJson(selector: string, files: string[], context: Context): Promise<number> {
  return streamJsonArray(context.stdout, (add) =>
    forEachFile(files, context, ({name, tree}) => {
      for (const match of select(selector, tree)) add({file: name, ...match})
    })
  )
}
