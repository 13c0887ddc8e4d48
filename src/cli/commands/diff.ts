/** `reso diff OLD NEW`: what changed between two versions of a resolution, paragraph by paragraph. */
import {InvalidArgumentError, Option} from 'commander'
import type {Define} from './define.js'

function count(name: string, minimum: number, maximum: number) {
  return (value: string): number => {
    const number = Number(value)
    if (!/^\d{1,9}$/.test(value) || number < minimum || number > maximum) {
      throw new InvalidArgumentError(name + ' must be a whole number from ' + minimum + ' to ' + maximum + '.')
    }
    return number
  }
}

export const define: Define = (program, context) => {
  const views = ['json', 'stat', 'markdown', 'sideBySide']
  const view = (flags: string, description: string, name: string): Option =>
    new Option(flags, description).conflicts(views.filter((other) => other !== name))
  program
    .command('diff')
    .description('compare two versions of a resolution (a draft and its revision, or a draft and the adopted text) paragraph by paragraph')
    .argument('<old>', 'the earlier version: a Markdown or text file, or - for stdin')
    .argument('<new>', 'the later version: a Markdown or text file, or - for stdin')
    .addOption(view('--side-by-side', 'old on the left, new on the right (on a terminal of 80 columns or more; --width forces it)', 'sideBySide'))
    .addOption(view('--stat', 'counts only: paragraphs, words, verbs weakened or strengthened, and a bar per part', 'stat'))
    .addOption(view('--json', 'print the change list every view is drawn from', 'json'))
    .addOption(view('--markdown', 'a redline in Markdown (~~deleted~~ **inserted**) for an e-mail or a document', 'markdown'))
    .option('--context <n>', 'unchanged paragraphs shown, one line each, around each change', count('--context', 0, 1_000_000), 1)
    .option('--full', 'show every paragraph, and changed paragraphs in full')
    .option('--width <n>', 'columns to wrap to (default: the terminal width, or 100)', count('--width', 40, 1000))
    .option('--exit-code', 'exit 1 when the versions differ in substance (anything but renumbering), 0 when not')
    .addOption(new Option('--format <format>', 'input format of both files').choices(['auto', 'markdown', 'text']).default('auto'))
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
