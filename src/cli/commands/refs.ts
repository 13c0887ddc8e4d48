/** `reso refs FILE...`: what resolutions cite, the distinct symbols, dangling references, the citation graph. */
import {InvalidArgumentError, Option, type Command} from 'commander'
import {citationKinds} from '../../query/kinds.js'
import {graphFormats} from '../../render/graph/index.js'
import type {CitationKind} from '../../tree.js'
import type {Define} from './define.js'

/** Parse "resolution,decision" into kinds, or say which kinds exist. */
function parseKinds(value: string): CitationKind[] {
  const kinds = value.split(',').map((kind) => kind.trim()).filter((kind) => kind !== '')
  for (const kind of kinds) {
    if (!(citationKinds as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError('unknown kind "' + kind + '"; use ' + citationKinds.join(', ') + ' (comma-separated)')
    }
  }
  return kinds as CitationKind[]
}

export const define: Define = (program, context) => {
  program
    .command('refs')
    .description('list what resolutions cite: one row per citation with its paragraph, symbol, date and the citing phrase; the distinct symbols; references to paragraphs that do not exist; or the citation graph')
    .argument('<files...>', 'Markdown, text or PDF files, or - for stdin')
    .addOption(new Option('--kind <kinds>', 'only these kinds, comma-separated: ' + citationKinds.join(', ')).argParser(parseKinds))
    .addOption(new Option('--unique', 'the distinct symbols (and articles) with their counts and the paragraphs citing each').conflicts(['dangling', 'graph']))
    .addOption(new Option('--dangling', 'only references inside the text ("paragraph 7 above") that point at nothing').conflicts(['graph']))
    .option('--exit-code', 'exit 1 when a reference inside the text points at nothing')
    .addOption(new Option('--graph <format>', 'the citation graph of the files').choices(graphFormats.map((format) => format.name)))
    .option('--focus <symbol>', 'with --graph: only the neighbourhood of this symbol (or file name)')
    .option('--depth <n>', 'with --focus: how many edges away (default 1)')
    .option('--min-cites <n>', 'with --graph: drop cited symbols (not the files) cited fewer than N times')
    .option('--out <file>', 'write the output to FILE instead of stdout')
    .option('-j, --jobs <n>', 'worker threads for a corpus (default and most: the number of cores)')
    .addOption(new Option('--json', 'print the rows (or the distinct symbols) as JSON').conflicts(['graph']))
    .addHelpText('after', `
Each row: the label of the citing paragraph (PP1, OP5, OP2(a); "footnote 1",
"title", "annex" outside paragraphs), kind, what it points at (canonical
symbol, article, or the labels an internal reference resolves to), the date
given with it, the paragraph's action phrase, and the text as written.

The graph (dot, svg) is laid out for one A3 page: time left to right in
columns of years, the files' documents as large boxes grouped by organ and
session, symbols they only cite small; a larger graph is scaled to the page.
Nodes in --graph json carry their year and (documents) their group. Cut it
down with --min-cites or --focus, in every format. See docs/graph.md.

Examples:
  $ reso refs draft.md                                   every citation, one per row
  $ reso refs --kind resolution,decision --unique *.txt  what a corpus cites most
  $ reso refs --dangling --exit-code draft.md            fail when "paragraph 7 above" has no OP7
  $ reso refs --json draft.md | jq '.[] | select(.head == "recall") | .symbol'
  $ reso refs --graph dot corpus/*.txt | dot -Tsvg > refs.svg
  $ reso refs --graph svg --out refs.svg corpus/*.txt    the picture, no Graphviz install needed
  $ reso refs --graph mermaid a.md b.md > refs.mmd
  $ reso refs --graph svg --focus A/RES/78/234 --depth 2 --out g.svg corpus/*.txt   one resolution's neighbourhood
  $ reso refs --graph dot --min-cites 2 corpus/*.txt     drop what is cited once
  $ reso refs --graph svg --min-cites 2 --out refs.svg ga-80/*.md sc/*.txt   65 resolutions, 1946 to 2025, on one A3 page
  $ cat draft.txt | reso refs -`)
    .action(async (files: string[], options: Record<string, unknown>, command: Command) => {
      const {run} = await import('./refs-run.js')
      await run(files, options, context(command))
    })
}
