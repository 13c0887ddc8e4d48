/** Running `reso diff`: read and parse the versions, diff them (two) or follow them along (a chain), draw the chosen view. */
import type {ChalkInstance} from 'chalk'
import {diff, type DiffResult} from '../../diff/index.js'
import {ChainFollower} from '../../diff/chain.js'
import {statOf} from '../../diff/stat.js'
import {defaultView, type DiffView, type DiffViewOptions} from '../../render/diff/index.js'
import {annexLines, closingLines, footnoteLines} from '../../render/diff/extras.js'
import {overview} from '../../render/diff/overview.js'
import {safeJson} from '../../render/json.js'
import {makeChalk} from '../engine/color.js'
import type {SourceFormat} from '../../tree.js'
import {print, reportDiagnostics, warn, type Context} from '../engine/context.js'
import {checkInput, parseFile, UserError, type Parsed} from '../engine/io.js'
import {chosenView} from './diff.js'

export interface DiffCommandOptions {
  /** The view flags (`sideBySide`, `stat`, ...): see render/diff/index.ts. */
  [view: string]: unknown
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
  // A chain reads one version at a time and lets each tree go once it is diffed against the next.
  if (files.length > 2) return runChain(files, options, context)
  const sides = await Promise.all(files.map((file) => parseFile(file, context, options.format)))
  const {chosen, layoutOf} = layout(options, context)
  const [before, after] = sides as [Parsed, Parsed]
  const result = diff(before.tree, after.tree)
  // Set before the output, which a reader that goes away can cut short.
  if (options.exitCode && result.differs) context.exitCode = 1
  print(context, drawStep(chosen, result, layoutOf([before.name, after.name]), options, context.color).join('\n'))
  reportSides(sides, options, context)
}

/** Versions oldest first, each parsed, diffed against the one before and let go: an overview and each step, or the JSON. */
async function runChain(files: string[], options: DiffCommandOptions, context: Context): Promise<void> {
  const follower = new ChainFollower(files.length)
  const sides: Side[] = []
  for (const file of files) {
    const {tree, name, diagnostics} = await parseFile(file, context, options.format)
    sides.push({name, diagnostics})
    follower.add(tree)
  }
  const {width, chosen, layoutOf} = layout(options, context)
  const names = sides.map((side) => side.name)
  const result = follower.result()
  if (options.exitCode && result.steps.some((step) => step.differs)) context.exitCode = 1
  if (chosen.name === 'json') context.stdout.write(safeJson({versions: names, ...result}) + '\n')
  else {
    const c = context.color
    const lines = overview(result, names, c, width)
    result.steps.forEach((step, index) => {
      const title = ' step ' + (index + 1) + ': v' + (index + 1) + ' -> v' + (index + 2) + ' '
      lines.push('', c.bold('==' + title + '='.repeat(Math.max(2, Math.min(width, 80) - title.length - 2))))
      lines.push(...drawStep(chosen, step, layoutOf([names[index]!, names[index + 1]!]), options, c))
    })
    print(context, lines.join('\n'))
  }
  reportSides(sides, options, context)
}

/** The width, the view (the default one on a terminal too narrow for the chosen one, said on stderr) and each step's layout. */
function layout(options: DiffCommandOptions, context: Context): {width: number; chosen: DiffView; layoutOf: (names: [string, string]) => DiffViewOptions} {
  const width = options.width ?? context.width
  const layoutOf = (names: [string, string]): DiffViewOptions => ({width, context: options.context ?? 1, full: options.full ?? false, names})
  let chosen = chosenView(options)
  if (chosen.minimumWidth !== undefined && options.width === undefined && width < chosen.minimumWidth) {
    warn(context, 'reso: the terminal is ' + width + ' columns wide, too narrow for ' + chosen.flag + ' (' + chosen.minimumWidth + ' needed); showing the ' + defaultView.name + ' view (--width N forces a width)')
    chosen = defaultView
  }
  return {width, chosen, layoutOf}
}

/** A version's name and what parsing it found. */
type Side = Pick<Parsed, 'name' | 'diagnostics'>

/** One line per file with parse warnings, or with --verbose every diagnostic. */
function reportSides(sides: Side[], options: DiffCommandOptions, context: Context): void {
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

/** One step in the chosen view, with its closing, footnotes and annexes (extras.ts). */
function drawStep(view: DiffView, result: DiffResult, layout: DiffViewOptions, options: DiffCommandOptions, c: ChalkInstance): string[] {
  const lines = view.render(result, layout, c)
  if (view.name === 'json') return lines
  const plain = view.name === 'markdown' ? makeChalk(0) : c
  // Inline and side by side draw the closing in their header block (shared.ts headerLines).
  if (view.name !== 'inline' && view.name !== 'side-by-side') lines.push(...closingLines(result, plain))
  const expand = options.annex === true && view.name !== 'stat'
  lines.push(...footnoteLines(result, plain), ...annexLines(result, plain, expand, (annex) =>
    defaultView.render({header: [], changes: annex.changes, stat: statOf(annex.changes), differs: true}, layout, plain).slice(2).filter((line) => line !== '').map((line) => '  ' + line)))
  return lines
}
