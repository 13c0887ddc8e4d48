/**
 * Running `reso lint`: choose the rules, lint each file as it is parsed and
 * print its messages at once (or stream JSON), count at the end, and exit 1
 * when a rule of severity "error" fired.
 */
import {chooseRules, lint, rules, unknownRules} from '../../lint/index.js'
import {lintFileLines, lintSummary, type Counts, type LintFile} from '../../render/lint.js'
import {table} from '../../render/table.js'
import {print, type Context} from '../engine/context.js'
import {forEachFile} from '../engine/corpus.js'
import {UserError} from '../engine/io.js'
import {streamJsonArray} from '../../render/json.js'

export interface LintCommandOptions {
  rule?: string[]
  noRule?: string[]
  listRules?: boolean
  json?: boolean
}

export async function run(files: string[], options: LintCommandOptions, context: Context): Promise<void> {
  const choice = {only: options.rule ?? [], skip: options.noRule ?? []}
  const unknown = unknownRules(choice)
  if (unknown.length > 0) {
    throw new UserError('no rule ' + unknown.map((id) => JSON.stringify(id)).join(', ') + '; the rules are ' + rules.map((rule) => rule.id).join(', '))
  }
  if (options.listRules) {
    const chosen = chooseRules(choice)
    if (options.json) {
      context.stdout.write(JSON.stringify(chosen.map((rule) => ({id: rule.id, severity: rule.severity, description: rule.description})), null, 2) + '\n')
      return
    }
    const rows = chosen.map((rule) => [rule.id, rule.severity, rule.description])
    print(context, table([{title: 'rule'}, {title: 'severity'}, {title: 'checks'}], rows, {header: (text) => context.color.dim(text)}).join('\n'))
    return
  }
  if (files.length === 0) throw new UserError('no file given; give the files to lint, or - for stdin (reso lint --help)')
  const selected = chooseRules(choice)
  let failed = false
  const report = (file: LintFile): void => {
    if (file.messages.some((message) => message.severity === 'error')) failed = true
  }
  if (options.json) {
    await streamJsonArray(context.stdout, (add) =>
      forEachFile(files, context, (parsed) => {
        const file: LintFile = {file: parsed.name, messages: lint(parsed, selected)}
        report(file)
        add(file)
      })
    )
  } else {
    const counts: Counts = {error: 0, warning: 0, info: 0}
    await forEachFile(files, context, (parsed) => {
      const file: LintFile = {file: parsed.name, messages: lint(parsed, selected)}
      report(file)
      for (const message of file.messages) counts[message.severity]++
      print(context, lintFileLines(file, context.color, context.width).join('\n'))
    })
    const summary = lintSummary(counts, context.color)
    if (summary.length > 0) print(context, summary.join('\n'))
  }
  if (failed && context.exitCode === 0) context.exitCode = 1
}

