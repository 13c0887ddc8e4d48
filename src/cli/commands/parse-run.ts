/** `reso parse FILE|-`: the tree as an outline, or as unist JSON. */
import {outline} from '../../render/outline.js'
import type {SourceFormat} from '../../tree.js'
import {print, reportDiagnostics, type Context} from '../engine/context.js'
import {parseFile} from '../engine/io.js'
import {safeJson} from '../../render/json.js'

export interface ParseCommandOptions {
  json?: boolean
  format?: SourceFormat | 'auto'
  verbose?: boolean
}

export async function run(file: string, options: ParseCommandOptions, context: Context): Promise<void> {
  const {name, tree, diagnostics} = await parseFile(file, context, options.format)
  if (options.json) {
    context.stdout.write(safeJson(tree) + '\n')
  } else {
    print(context, outline(tree, context.color).join('\n'))
  }
  reportDiagnostics(context, name, diagnostics, options.verbose ? 'info' : 'warning')
}
