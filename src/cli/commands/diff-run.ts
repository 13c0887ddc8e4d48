/** Running `reso diff`: read and parse both versions, diff them, draw the chosen view. */
import {diff} from '../../diff/index.js'
import {inline, markdown, sideBySide, sideBySideMinimum, stat, type DiffViewOptions} from '../../render/diff.js'
import type {SourceFormat} from '../../tree.js'
import {print, reportDiagnostics, warn, type Context} from '../engine/context.js'
import {checkInput, parseFile, UserError} from '../engine/io.js'
import {safeJson} from '../../render/json.js'

export interface DiffCommandOptions {
  sideBySide?: boolean
  stat?: boolean
  json?: boolean
  markdown?: boolean
  context?: number
  full?: boolean
  width?: number
  exitCode?: boolean
  format?: SourceFormat | 'auto'
  verbose?: boolean
}

export async function run(oldFile: string, newFile: string, options: DiffCommandOptions, context: Context): Promise<void> {
  if (oldFile === '-' && newFile === '-') throw new UserError('only one side may be - (stdin); give the other version as a file')
  for (const file of [oldFile, newFile]) if (file !== '-') checkInput(file)
  const [before, after] = await Promise.all([parseFile(oldFile, context, options.format), parseFile(newFile, context, options.format)])
  const result = diff(before.tree, after.tree)

  const view: DiffViewOptions = {
    width: options.width ?? context.width,
    context: options.context ?? 1,
    full: options.full ?? false,
    names: [before.name, after.name]
  }
  // Set before the output, which a reader that goes away can cut short.
  if (options.exitCode && result.differs) context.exitCode = 1
  if (options.json) context.stdout.write(safeJson(result) + '\n')
  else if (options.markdown) print(context, markdown(result, view).join('\n'))
  else if (options.stat) print(context, stat(result, view, context.color).join('\n'))
  else if (options.sideBySide && (options.width !== undefined || view.width >= sideBySideMinimum)) print(context, sideBySide(result, view, context.color).join('\n'))
  else {
    if (options.sideBySide) {
      warn(context, 'reso: the terminal is ' + view.width + ' columns wide, too narrow for --side-by-side (' + sideBySideMinimum + ' needed); showing the inline view (--width N forces a width)')
    }
    print(context, inline(result, view, context.color).join('\n'))
  }
  for (const side of [before, after]) {
    if (options.verbose) {
      reportDiagnostics(context, side.name, side.diagnostics, 'info')
      continue
    }
    // A diff is about the versions, not their defects: one line per file, the details on request.
    const problems = side.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')
    if (problems.length === 0) continue
    const rules = [...new Set(problems.map((diagnostic) => diagnostic.ruleId))].join(', ')
    warn(context, 'reso: ' + side.name + ': ' + problems.length + ' parse warning' + (problems.length === 1 ? '' : 's') + ' (' + rules + '); --verbose lists them')
  }
}
