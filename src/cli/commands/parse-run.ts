/** Running `reso parse`: the tree as an outline, or as unist JSON streamed in chunks. */
import {outline} from '../../render/outline.js'
import type {SourceFormat} from '../../tree.js'
import {print, reportDiagnostics, type Context} from '../engine/context.js'
import {parseFile} from '../engine/io.js'
import {jsonChunks} from '../../render/json.js'

export interface ParseCommandOptions {
  json?: boolean
  /** False with --no-positions: the JSON without positions. */
  positions?: boolean
  format?: SourceFormat | 'auto'
  verbose?: boolean
}

export async function run(file: string, options: ParseCommandOptions, context: Context): Promise<void> {
  const {name, tree, diagnostics} = await parseFile(file, context, options.format)
  if (options.json) {
    // Streamed in chunks, waiting whenever stdout asks to: the JSON of a large input is larger than a string can be.
    const omit = new Set(options.positions === false ? ['position'] : [])
    for (const chunk of jsonChunks(tree, omit)) {
      if (!context.stdout.write(chunk)) await new Promise<void>((resolve) => context.stdout.once('drain', resolve))
    }
  } else {
    print(context, outline(tree, context.color).join('\n'))
  }
  reportDiagnostics(context, name, diagnostics, options.verbose ? 'info' : 'warning')
}
