/** Running `reso diff`: read and parse the versions, diff them (two) or follow them (a chain), draw the chosen view. */
import {chain, diff, type DiffResult} from '../../diff/index.js'
import {statOf} from '../../diff/stat.js'
import {annexLines, closingLines, footnoteLines} from '../../render/diff-extras.js'
import {overview} from '../../render/diff-overview.js'
import {makeChalk} from '../engine/color.js'
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
  annex?: boolean
  format?: SourceFormat | 'auto'
  verbose?: boolean
}

export async function run(files: string[], options: DiffCommandOptions, context: Context): Promise<void> {
  if (files.filter((file) => file === '-').length > 1) {
    throw new UserError(files.length === 2 ? 'only one side may be - (stdin); give the other version as a file' : 'only one version may be - (stdin); give the others as files')
  }
  for (const file of files) if (file !== '-') checkInput(file)
  const sides = await Promise.all(files.map((file) => parseFile(file, context, options.format)))
  const width = options.width ?? context.width
  const viewOf = (names: [string, string]): DiffViewOptions => ({width, context: options.context ?? 1, full: options.full ?? false, names})
  if (sides.length === 2) {
    const [before, after] = sides as [typeof sides[0], typeof sides[0]]
    const result = diff(before.tree, after.tree)
    // Set before the output, which a reader that goes away can cut short.
    if (options.exitCode && result.differs) context.exitCode = 1
    if (options.json) context.stdout.write(safeJson(result) + '\n')
    else print(context, drawStep(result, viewOf([before.name, after.name]), options, context, true).join('\n'))
  } else {
    const names = sides.map((side) => side.name)
    const result = chain(sides.map((side) => side.tree))
    if (options.exitCode && result.steps.some((step) => step.differs)) context.exitCode = 1
    if (options.json) context.stdout.write(safeJson({versions: names, ...result}) + '\n')
    else {
      const c = context.color
      const lines = overview(result, names, c, width)
      result.steps.forEach((step, index) => {
        const title = ' step ' + (index + 1) + ': v' + (index + 1) + ' -> v' + (index + 2) + ' '
        lines.push('', c.bold('=='.padEnd(2) + title + '='.repeat(Math.max(2, Math.min(width, 80) - title.length - 2))))
        lines.push(...drawStep(step, viewOf([names[index]!, names[index + 1]!]), options, context, index === 0))
      })
      print(context, lines.join('\n'))
    }
  }
  for (const side of sides) {
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

/** One step in the chosen view, with its closing, footnotes and annexes. */
function drawStep(result: DiffResult, view: DiffViewOptions, options: DiffCommandOptions, context: Context, warnNarrow: boolean): string[] {
  const c = context.color
  let lines: string[]
  let headerEnd = 2 + result.header.length
  if (options.markdown) {
    lines = markdown(result, view)
    headerEnd = -1
  } else if (options.stat) {
    lines = stat(result, view, c)
    headerEnd = -1
  } else if (options.sideBySide && (options.width !== undefined || view.width >= sideBySideMinimum)) lines = sideBySide(result, view, c)
  else {
    if (options.sideBySide && warnNarrow) {
      warn(context, 'reso: the terminal is ' + view.width + ' columns wide, too narrow for --side-by-side (' + sideBySideMinimum + ' needed); showing the inline view (--width N forces a width)')
    }
    lines = inline(result, view, c)
  }
  const plain = options.markdown ? makeChalk(0) : c
  const closing = closingLines(result, plain)
  if (closing.length > 0) {
    if (headerEnd >= 0) lines.splice(headerEnd, 0, ...closing)
    else lines.push(...closing)
  }
  const extra = [...footnoteLines(result, plain), ...annexLines(result, plain, options.annex === true && !options.stat, (annex) =>
    inline({header: [], changes: annex.changes, stat: statOf(annex.changes), differs: true}, view, plain).slice(2).filter((line) => line !== '').map((line) => '  ' + line))]
  lines.push(...extra)
  return lines
}
