/** `reso diff OLD NEW [MORE...]`: what changed between versions of a resolution, paragraph by paragraph; three or more make a chain. */
import {InvalidArgumentError, Option} from 'commander'
import type {Define} from './define.js'

function count(name: string, minimum: number) {
  return (value: string): number => {
    const number = Number(value)
    if (!/^\d+$/.test(value) || number < minimum) throw new InvalidArgumentError(name + ' must be a whole number of at least ' + minimum + '.')
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
    .argument('[more...]', 'later versions still, oldest first: a chain (L.14 L.14/Rev.1 adopted)')
    .addOption(view('--side-by-side', 'old on the left, new on the right (on a terminal of 80 columns or more; --width forces it)', 'sideBySide'))
    .addOption(view('--stat', 'counts only: paragraphs, words, verbs weakened or strengthened, and a bar per part', 'stat'))
    .addOption(view('--json', 'print the change list every view is drawn from', 'json'))
    .addOption(view('--markdown', 'a redline in Markdown (~~deleted~~ **inserted**) for an e-mail or a document', 'markdown'))
    .option('--context <n>', 'unchanged paragraphs shown, one line each, around each change', count('--context', 0), 1)
    .option('--full', 'show every paragraph, and changed paragraphs in full')
    .option('--width <n>', 'columns to wrap to (default: the terminal width, or 100)', count('--width', 40))
    .option('--exit-code', 'exit 1 when the text changed (see "Exit status" below), 0 when not')
    .option('--annex', 'show a changed annex paragraph by paragraph (without it, one line per annex)')
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

Footnotes are compared through the paragraph whose marker carries them, so a
renumbered footnote is not a change; a footnote that cites another report, or
one added or removed, is ("PP3 footnote 4: A/79/123 -> A/80/456"). An annex
is one entry: added or removed with its size, changed with the articles that
changed (--annex shows them paragraph by paragraph).

With three or more versions (oldest first) it follows each paragraph along
the chain: an overview with one row per paragraph and one column per version
(= unchanged, ~ reworded, + added, - removed, > moved, # renumbered, / split,
& merged; the label in each version; the phrase where it moved), then each
step in the chosen view. --json gives one change list per step and, per
paragraph, its label in every version.

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
renumbering), or a footnote, an annex or the title. Header facts that change
by the nature of adoption (symbol, date, distribution, resolution number,
sponsors, session, agenda item, the closing meeting and date) are shown but do
not count: a draft and its adopted text with the same paragraphs exit 0. In a
chain, 1 when any step changed the text.`)
    .action(async (old: string, next: string, more: string[], options: Record<string, unknown>, command) => {
      const {run} = await import('./diff-run.js')
      await run([old, next, ...more], options, context(command))
    })
}
