/** One corpus task: read, parse and project one file. Run in a worker thread or in this one. */
import {parse} from '../parse/index.js'
import {formatOf} from './commands/parse.js'
import {readInput, UserError} from './io.js'
import type {ResultMessage, TaskMessage} from './pool.js'
import {projections} from './projections.js'

export async function runTask(task: TaskMessage): Promise<ResultMessage> {
  try {
    const input = await readInput(task.file)
    const parsed = {name: input.name, ...parse(input.text, {format: formatOf(task.file)})}
    const result = projections[task.projection]!(parsed, task.options)
    return {id: task.id, name: parsed.name, result, diagnostics: parsed.diagnostics}
  } catch (error) {
    return {id: task.id, error: error instanceof UserError ? error.message : task.file + ': internal error: ' + String(error) + ' (please report this with the file)'}
  }
}
