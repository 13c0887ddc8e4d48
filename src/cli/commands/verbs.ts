/** `reso verbs FILE...`: what each paragraph does and how strongly; `--count` for a frequency table. */
import {Option} from 'commander'
import type {Define} from './define.js'

export const define: Define = (program, context) => {
  program
    .command('verbs')
    .description('list what a resolution does, and how strongly: the phrase, head, modifiers and strength of each operative paragraph')
    .argument('<file...>', 'Markdown, text or PDF files (a whole corpus if you like), or - for stdin')
    .option('--preamble', 'list the preambular paragraphs instead')
    .option('--all', 'list preambular and operative paragraphs')
    .option('--count', 'a frequency table across all files, most frequent first, with a bar per line')
    .addOption(new Option('--by <what>', 'what --count counts (implies --count)').choices(['head', 'phrase']).default('head').implies({count: true}))
    .option('--json', 'print the rows (or counts) as a JSON array')
    .addOption(new Option('--csv', 'print the rows (or counts) as CSV').conflicts('json'))
    .option('-j, --jobs <n>', 'worker threads for a corpus (default and most: the number of cores)')
    .addHelpText('after', `
Each row: label (OP2, OP3(a), PP4), the phrase as written ("Also decides"),
its head ("decide"), modifiers ("also"), strength (binding > urging >
recommending > declaratory > acknowledging; "unknown" for a head the lexicon
lacks), the object's first words, and the line. A sub-paragraph gives a row
when it opens with a phrase of its own. In a text acting under Chapter VII,
"decide" rows are marked "(Chapter VII)". See docs/verbs.md.

Examples:
  $ reso verbs draft.md                          operative paragraphs of one text
  $ reso verbs --preamble draft.md               preambular paragraphs
  $ reso verbs --all --json draft.md | jq '.[] | select(.strength == "binding")'
  $ reso verbs --csv corpus/*.txt > verbs.csv    one CSV for a whole corpus
  $ reso verbs --count corpus/*.txt              which heads are used most
  $ reso verbs --count --by phrase corpus/*.txt  ... or which whole phrases
  $ pdftotext res.pdf - | reso verbs -

A file that cannot be read is reported on stderr and skipped; the run then exits 2.`)
    .action(async (files: string[], options: Record<string, unknown>, command) => {
      const {run} = await import('./verbs-run.js')
      await run(files, options, context(command))
    })
}
