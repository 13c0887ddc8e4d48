/** `reso parse FILE|-`: the tree as an outline, or as unist JSON. */
import type {Define} from './define.js'
import {formatOption} from './options.js'

export const define: Define = (program, context) => {
  program
    .command('parse')
    .description('parse a resolution into its tree and print it as an outline (or JSON)')
    .argument('<file>', 'a Markdown, text or PDF file, or - for stdin')
    .option('--json', 'print the unist tree as JSON (compact, streamed)')
    .option('--no-positions', 'with --json, leave out the positions (half the size)')
    .option('-v, --verbose', 'also report informational diagnostics (page-break joins)')
    .addOption(formatOption())
    .addHelpText('after', `
Examples:
  $ reso parse draft.md                        labels, phrases, citations and notes
  $ reso parse --json A_RES_80_20.md > tree.json
  $ reso parse --json draft.md | jq .          the JSON indented
  $ pdftotext -layout res.pdf - | reso parse -`)
    .action(async (file: string, options: Record<string, unknown>, command) => {
      const {run} = await import('./parse-run.js')
      await run(file, options, context(command))
    })
}
