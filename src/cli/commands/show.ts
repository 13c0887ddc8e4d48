/** `reso show FILE LABEL...`: paragraphs in full, by the labels negotiators use. */
import type {Define} from './define.js'

export const define: Define = (program, context) => {
  program
    .command('show')
    .description('print paragraphs in full by their labels (PP2, OP6, OP2(a), OP3-OP5, title, header), wrapped to the terminal')
    .argument('<file>', 'a Markdown, text or PDF file, or - for stdin')
    .argument('<label...>', 'labels: PP2, OP6, OP2(a), II.A.OP3, "OP3 alt", ranges OP3-OP5 or OP3-5, title, subtitle, header, formula, closing')
    .option('--json', 'print the selections (label, text, and the node with its phrasing) as a JSON array')
    .addHelpText('after', `
Labels ignore case and spaces ("op 2 (a)" is OP2(a)). A range runs from its
first label to its last in document order, alternatives included. The action
phrase is in bold; sub-paragraphs start on their own lines. A label the text
does not have is an error (exit 2) that lists the labels it has.

Examples:
  $ reso show draft.md OP6                     one paragraph in full
  $ reso show draft.md PP2 OP2(a) OP3-OP5      several, and a range
  $ reso show draft.md title "OP3 alt"
  $ reso show --json draft.md OP6 | jq -r '.[0].text'
  $ cat draft.md | reso show - OP1`)
    .action(async (file: string, labels: string[], options: Record<string, unknown>, command) => {
      const {run} = await import('./show-run.js')
      await run(file, labels, options, context(command))
    })
}
