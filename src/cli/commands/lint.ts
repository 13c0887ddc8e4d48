/** `reso lint FILE...`: the UN Editorial Manual's drafting conventions as named rules. */
import {Option} from 'commander'
import type {Define} from './define.js'

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value]

export const define: Define = (program, context) => {
  // "--no-rule <id>" is an option of its own, not the negation of --rule.
  const skip = new Option('--no-rule <id>', 'skip this rule (repeatable)').argParser(collect)
  skip.negate = false
  program
    .command('lint')
    .description('check drafting conventions: punctuation, numbering, sub-paragraph ladder, openings, references, placeholders, brackets, citations')
    .argument('[file...]', 'Markdown, text or PDF files, or - for stdin')
    .option('--rule <id>', 'run only this rule (repeatable)', collect)
    .addOption(skip)
    .option('--list-rules', 'list the rules with their ids and severities, and exit')
    .option('--json', 'print one object per file ({file, messages}) as a JSON array')
    .addHelpText('after', `
Each message: file:line:column, severity, what is wrong and what to do, and
the rule's id. The rules and an example of each are in docs/lint.md; list
them with --list-rules. Exit status: 1 when a rule of severity "error" fires
(numbering, dangling references, placeholders in adopted texts, unbalanced
brackets), 2 on any error of use, otherwise 0.

Examples:
  $ reso lint draft.md                         every rule
  $ reso lint --rule preambular-comma --rule operative-semicolon draft.md
  $ reso lint --no-rule page-break-continuation corpus/*.txt
  $ reso lint --json draft.md | jq '.[0].messages[].ruleId'
  $ reso lint --list-rules

A file that cannot be read is reported on stderr and skipped; the run then exits 2.`)
    .action(async (files: string[], options: Record<string, unknown>, command) => {
      const {run} = await import('./lint-run.js')
      await run(files, options, context(command))
    })
}
