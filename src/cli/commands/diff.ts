/** `reso diff OLD NEW [MORE...]`: what changed between versions of a resolution, paragraph by paragraph; three or more make a chain. */
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
    .argument('<old>', 'the earlier version: a Markdown, text or PDF file, or - for stdin')
    .argument('<new>', 'the later version: a Markdown, text or PDF file, or - for stdin')
    .argument('[more...]', 'later versions still, oldest first: a chain (L.14 L.14/Rev.1 adopted)')
  for (const {option} of viewOptions()) command.addOption(option)
  command
    .option('--context <n>', 'unchanged paragraphs shown, one line each, around each change', count('--context', 0, 1_000_000), 1)
    .option('--full', 'show every paragraph, and changed paragraphs in full')
    .option('--width <n>', 'columns to wrap to (default: the terminal width, or 100)', count('--width', 40, 1000))
    .option('--exit-code', 'exit 1 when the text changed (see "Exit status" below), 0 when not')
    .option('--annex', 'show a changed annex paragraph by paragraph (without it, one line per annex)')
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

Footnotes are compared through the paragraph whose marker carries them, so a
renumbered footnote is not a change; a footnote that cites another report, or
one added or removed, is ("PP3 footnote 4: A/79/123 -> A/80/456"). An annex
is one entry: added or removed with its size, changed with the articles that
changed (--annex shows them paragraph by paragraph).

With three or more versions (oldest first) it follows each paragraph along
the chain: an overview with one row per paragraph and one column per version
(= unchanged, ~ reworded, + added, - removed, > moved, # renumbered, / split,
& merged; the label in each version; the phrase where its strength moved),
then each step in the chosen view. --json gives one change list per step and,
per paragraph, its label in every version.

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
  $ reso diff L.14.md L.14-Rev.1.txt A-RES-80-177.txt  a chain: overview, then each step
  $ reso diff --json L.14.md Rev.1.md adopted.txt | jq '.paragraphs[] | .labels'

Exit status: 0, or with --exit-code 1 when the text changed; 2 on any error.
The text changed when a paragraph or sub-paragraph did (anything but a
renumbering), or a footnote, an annex, the title or the subtitle. Header facts that change
by the nature of adoption (symbol, date, distribution, resolution number,
sponsors, session, agenda item, the closing meeting and date) are shown but do
not count: a draft and its adopted text with the same paragraphs exit 0. A
header fact only one version gives is shown with + or - and counts only if
it is the title or the subtitle. In a chain, 1 when any step changed the text.`)
    .action(async (old: string, next: string, more: string[], options: Record<string, unknown>, command) => {
      const {run} = await import('./diff-run.js')
      await run([old, next, ...more], options, context(command))
    })
}
