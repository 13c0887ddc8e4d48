/** `reso parse FILE|-`: the tree as an outline, or as unist JSON. */
import {parse} from '../../parse/index.js'
import {outline} from '../../render/outline.js'
import type {SourceFormat} from '../../tree.js'
import {print, reportDiagnostics, type Context} from '../context.js'
import {readInput} from '../io.js'

export interface ParseCommandOptions {
  json?: boolean
  format?: SourceFormat | 'auto'
  verbose?: boolean
}

export async function run(file: string, options: ParseCommandOptions, context: Context): Promise<void> {
  const input = await readInput(file, context.stdin)
  const {tree, diagnostics} = parse(input.text, {format: options.format ?? formatOf(file)})
  if (options.json) {
    context.stdout.write(JSON.stringify(tree, null, 2) + '\n')
  } else {
    print(context, outline(tree, context.color).join('\n'))
  }
  reportDiagnostics(context, input.name, diagnostics, options.verbose ? 'info' : 'warning')
}

/** The format a file name implies: .md is Markdown, .txt text, else look. */
export function formatOf(file: string): SourceFormat | 'auto' {
  if (/\.(?:md|markdown)$/i.test(file)) return 'markdown'
  if (/\.txt$/i.test(file)) return 'auto'
  return 'auto'
}
