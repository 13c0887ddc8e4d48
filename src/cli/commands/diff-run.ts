/** Running `reso diff`: read and parse both versions, diff them, draw the chosen view. */
import {diff} from '../../diff/index.js'
import {defaultView, type DiffViewOptions} from '../../render/diff/index.js'
import type {SourceFormat} from '../../tree.js'
import {print, reportDiagnostics, warn, type Context} from '../engine/context.js'
import {checkInput, parseFile, UserError} from '../engine/io.js'
import {chosenView} from './diff.js'

export interface DiffCommandOptions {
  /** The view flags (`sideBySide`, `stat`, ...): see render/diff/index.ts. */
  [view: string]: unknown
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

  const layout: DiffViewOptions = {
    width: options.width ?? context.width,
    context: options.context ?? 1,
    full: options.full ?? false,
    names: [before.name, after.name]
  }
  // Set before the output, which a reader that goes away can cut short.
  if (options.exitCode && result.differs) context.exitCode = 1
  let chosen = chosenView(options)
  if (chosen.minimumWidth !== undefined && options.width === undefined && layout.width < chosen.minimumWidth) {
    warn(context, 'reso: the terminal is ' + layout.width + ' columns wide, too narrow for ' + chosen.flag + ' (' + chosen.minimumWidth + ' needed); showing the ' + defaultView.name + ' view (--width N forces a width)')
    chosen = defaultView
  }
  print(context, chosen.render(result, layout, context.color).join('\n'))
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
