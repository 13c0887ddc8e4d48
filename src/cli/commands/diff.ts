/** `reso diff OLD NEW`: what changed between two versions of a resolution, paragraph by paragraph. */
import {InvalidArgumentError, Option} from 'commander'
import {defaultView, diffViews, type DiffView} from '../../render/diff/index.js'
import type {Define} from './define.js'
import {formatOption} from './options.js'

function count(name: string, minimum: number, maximum: number) {
  return (value: string): number => {
    const number = Number(value)
    if (!/^\d{1,9}$/.test(value) || number < minimum || number > maximum) {
      throw new InvalidArgumentError(name + ' must be a whole number from ' + minimum + ' to ' + maximum + '.')
    }
    return number
  }
}

/** The views that have a flag, each with its option: one view at a time. */
export function viewOptions(): Array<{view: DiffView; option: Option}> {
  const flagged = diffViews.filter((view) => view.flag !== undefined)
  const options = flagged.map((view) => {
    const width = view.minimumWidth === undefined ? '' : ' (on a terminal of ' + view.minimumWidth + ' columns or more; --width forces it)'
    return {view, option: new Option(view.flag!, view.description + width)}
  })
  for (const {option} of options) option.conflicts(options.filter((other) => other.option !== option).map((other) => other.option.attributeName()))
  return options
}

/** The view the options choose: the one whose flag is given, or the default. */
export function chosenView(options: Record<string, unknown>): DiffView {
  return viewOptions().find(({option}) => options[option.attributeName()] === true)?.view ?? defaultView
}

export const define: Define = (program, context) => {
  const command = program
    .command('diff')
    .description('compare two versions of a resolution (a draft and its revision, or a draft and the adopted text) paragraph by paragraph')
    .argument('<old>', 'the earlier version: a Markdown or text file, or - for stdin')
    .argument('<new>', 'the later version: a Markdown or text file, or - for stdin')
  for (const {option} of viewOptions()) command.addOption(option)
  command
    .option('--context <n>', 'unchanged paragraphs shown, one line each, around each change', count('--context', 0, 1_000_000), 1)
    .option('--full', 'show every paragraph, and changed paragraphs in full')
    .option('--width <n>', 'columns to wrap to (default: the terminal width, or 100)', count('--width', 40, 1000))
    .option('--exit-code', 'exit 1 when the versions differ in substance (anything but renumbering), 0 when not')
    .addOption(formatOption('input format of both files'))
    .option('-v, --verbose', 'list the parse diagnostics of both files (without it, one line per file with warnings)')
    .addHelpText('after', `
Paragraphs are paired by content, not by number: an inserted paragraph is one
insertion and the ones after it are renumbered (OP5 -> OP6), not rewritten.
Moves, splits and merges are found; sub-paragraphs are paired inside their
paragraph. Re-wrapping, page furniture, footnote markers and Markdown versus
PDF text are never differences. Each change carries notes: a phrase weakened
or strengthened ("Urges -> Encourages: weaker"), citations and bracketed
notes gained or lost, placeholders filled, bracketed text resolved, and
references such as "paragraphs 5 and 6 above" checked against the
renumbering (updated, or stale).

Without colour (a pipe, NO_COLOR, --color never) deletions are [-marked-] and
insertions {+marked+}.

Examples:
  $ reso diff L.15.md L.15-Rev.1.md                    what changed, inline
  $ reso diff --side-by-side --width 160 L.15.md L.15-Rev.1.md
  $ reso diff --stat L.15.md A-RES-79-243.txt          counts and a bar per part
  $ reso diff --markdown L.15.md L.15-Rev.1.md > redline.md
  $ reso diff --json L.15.md L.15-Rev.1.md | jq '.changes[] | select(.kind == "changed")'
  $ pdftotext -layout Rev.1.pdf - | reso diff L.15.md -
  $ reso diff <(pdftotext L.15.pdf -) <(pdftotext L.15-Rev.1.pdf -)   two PDFs, in bash
  $ reso diff --exit-code draft.md draft.txt && echo "same text"

Exit status: 0, or with --exit-code 1 when the versions differ; 2 on any error.`)
    .action(async (old: string, next: string, options: Record<string, unknown>, command) => {
      const {run} = await import('./diff-run.js')
      await run(old, next, options, context(command))
    })
}
