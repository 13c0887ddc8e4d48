/** `reso text FILE`: the reading-order text that every position reso prints refers to. */
import {Option} from 'commander'
import type {Define} from './define.js'

export const define: Define = (program, context) => {
  program
    .command('text')
    .description('print the text reso reads a file as: for a PDF, the reading-order text it builds (page furniture removed, footnotes after the body)')
    .argument('<file>', 'a PDF, Markdown or text file, or - for stdin')
    .addOption(new Option('--format <format>', 'input format').choices(['auto', 'markdown', 'text', 'pdf']).default('auto'))
    .addHelpText('after', `
Every file:line:column that reso prints for a file points into this text.
For Markdown and text files it is the file itself; for a PDF it is the text
reso builds from the page: running headers, footers and the masthead's
layout set aside, one line per line of the page, a blank line between
paragraphs, footnote markers written [^1] and the footnotes after the body
as "[^1]: ...".

Examples:
  $ reso text A_RES_80_3.pdf                   the text of an official PDF
  $ reso text A_RES_80_3.pdf | sed -n 40p      the line a diagnostic names
  $ reso text draft.pdf > draft.txt`)
    .action(async (file: string, options: Record<string, unknown>, command) => {
      const {run} = await import('./text-run.js')
      await run(file, options, context(command))
    })
}
