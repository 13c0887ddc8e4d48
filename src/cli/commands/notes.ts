/** `reso notes FILE...`: the bracketed notes of drafts and where negotiation stands. */
import type {Define} from './define.js'

export const define: Define = (program, context) => {
  program
    .command('notes')
    .description('list the bracketed notes of drafts (status, placeholders, bracketed text, alternatives) and sum up where negotiation stands')
    .argument('<file...>', 'Markdown, text or PDF files, or - for stdin')
    .option('--json', 'print one object per file as a JSON array')
    .addHelpText('after', `
Each note: where it is (line:column), the paragraph it stands in (PP2,
OP2(a), title), its kind and its text. Kinds: status ("[agreed ad
referendum]", "[ad ref]"), placeholder ("[xx/xxx]", "[date]"), text
(bracketed negotiating text, "[to ensure][in order to ensure]") and
alternative ("[OP3 alt]"). Under the table: how many paragraphs are agreed
ad referendum and which, the placeholders still to fill, the bracketed text
still open, the alternatives, and brackets without their partner.

Examples:
  $ reso notes draft.md                        notes and summary of one draft
  $ reso notes rev1.md rev2.md                 several drafts, one after another
  $ reso notes --json draft.md | jq '.[0].agreed'
  $ pdftotext -layout draft.pdf - | reso notes -

A file that cannot be read is reported on stderr and skipped; the run then exits 2.`)
    .action(async (files: string[], options: Record<string, unknown>, command) => {
      const {run} = await import('./notes-run.js')
      await run(files, options, context(command))
    })
}
