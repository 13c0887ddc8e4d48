/** `reso query SELECTOR FILE...`: select nodes of the tree with CSS-like selectors. */
import type {Define} from './define.js'

export const define: Define = (program, context) => {
  program
    .command('query')
    .description('ask any question of the tree with a CSS-like selector: one row per matching node')
    .argument('<selector>', 'a CSS-like selector over the tree, such as \'operativeParagraph:has(actionPhrase[head=request])\'')
    .argument('<file...>', 'Markdown, text or PDF files (a whole corpus if you like), or - for stdin')
    .option('--json', 'print the matching nodes themselves, with their positions, file and label, as a JSON array')
    .option('--count', 'print the number of matches per file')
    .option('--exit-code', 'exit 1 when nothing matched (for scripts and CI checks of drafts)')
    .addHelpText('after', `
Selectors (unist-util-select) name node types (operativeParagraph,
subParagraph, actionPhrase, citation, bracketedNote; docs/tree.md lists them
all) and test their fields: [head=request], [symbol^="S/RES/"],
[modifiers~=also], [known=false]. Combinators ( , >, +, ~, a comma for "or")
and :has(), :not(), :is(), :first-child, :last-child, :nth-child() work as
in CSS. Quote values that are not plain words: [head="call upon"],
[label="OP2(a)"], [number="5"]. Each row: file:line:column, the label of the
paragraph that holds the node, its type and its text. See docs/query.md for
a cookbook.

Examples:
  $ reso query 'operativeParagraph:has(actionPhrase[head=request])' draft.md
  $ reso query 'citation[symbol="A/RES/75/282"]' draft.md
  $ reso query 'citation[symbol^="S/RES/"]' corpus/*.txt
  $ reso query 'subParagraph > bracketedNote[kind=text]:only-child' draft.md
  $ reso query --count 'bracketedNote[kind=placeholder]' drafts/*.md
  $ reso query --exit-code 'bracketedNote[kind=text]' final.md && echo 'still in brackets'
  $ reso query --json 'actionPhrase[known=false]' draft.md | jq '.[].node.value'

Exit status: 0 with matches (or without --exit-code), 1 when --exit-code is
given and nothing matched, 2 for an invalid selector or an unreadable file.`)
    .action(async (selector: string, files: string[], options: Record<string, unknown>, command) => {
      const {run} = await import('./query-run.js')
      await run(selector, files, options, context(command))
    })
}
